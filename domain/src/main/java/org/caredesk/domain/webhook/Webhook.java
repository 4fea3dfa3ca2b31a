package org.caredesk.domain.webhook;

import jakarta.persistence.*;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caredesk.domain.platform.Ids;

/** A receiver a supervisor configured: where to POST, which events, and the secret that signs each body. */
@Entity
@Table(name = "webhook")
public class Webhook {
    /** The events a webhook may subscribe to; rule.fired reaches only webhooks a rule calls by name. */
    public static final List<String> EVENTS = List.of(
            "case.created",
            "case.updated",
            "message.received",
            "alert.raised",
            "sla.warning",
            "sla.breach",
            "rule.fired");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String name;
    private String url;
    private String secret;
    private String events;
    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {}

    Webhook(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void define(String name, String url, String secret, List<String> events, boolean enabled) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new IllegalArgumentException("name: 1 to 120 characters");
        }
        this.name = n;
        this.url = checkedUrl(url);
        if (secret != null && !secret.isBlank()) {
            if (secret.strip().length() < 16 || secret.strip().length() > 200) {
                throw new IllegalArgumentException("secret: 16 to 200 characters");
            }
            this.secret = secret.strip();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String event : events == null ? List.<String>of() : events) {
            String e = event == null ? "" : event.strip().toLowerCase(Locale.ROOT);
            if (!EVENTS.contains(e)) {
                throw new IllegalArgumentException("events: unknown event '" + event + "', one of " + EVENTS);
            }
            chosen.add(e);
        }
        this.events = String.join(",", chosen);
        this.enabled = enabled;
    }

    void useSecret(String secret) {
        this.secret = secret;
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("url: an absolute http or https address");
            }
            if (uri.toString().length() > 2000) {
                throw new IllegalArgumentException("url: at most 2000 characters");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("url: an absolute http or https address");
        }
    }

    boolean listensTo(String event) {
        return enabled && Arrays.asList(events.split(",")).contains(event);
    }

    WebhookView view() {
        return new WebhookView(
                id, name, url, events.isEmpty() ? List.of() : List.of(events.split(",")), enabled, createdAt);
    }

    public Long getId() {
        return id;
    }

    String secret() {
        return secret;
    }

    String url() {
        return url;
    }

    boolean enabled() {
        return enabled;
    }
}
