package org.caredesk.domain.mail;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The mailbox consumers write to: {@code CAREDESK_IMAP_URL} ({@code imap://} or {@code imaps://},
 * {@code user:password@host:port/FOLDER}, user and password URL-encoded; plain {@code imap://} uses
 * STARTTLS whenever the server offers it) read every {@code CAREDESK_IMAP_POLL_SECONDS} (default 30).
 * Without a URL no mailbox is read. Serializable because view-scoped pages (the mailbox page) hold it.
 */
public record MailboxSettings(
        String protocol, String host, int port, String user, String password, String folder, int pollSeconds)
        implements Serializable {
    public static final MailboxSettings NONE = new MailboxSettings(null, null, 0, null, null, null, 30);

    public static MailboxSettings from(UnaryOperator<String> lookup) {
        int poll = pollSeconds(lookup.apply("CAREDESK_IMAP_POLL_SECONDS"));
        String url = lookup.apply("CAREDESK_IMAP_URL");
        if (url == null || url.isBlank()) {
            return new MailboxSettings(null, null, 0, null, null, null, poll);
        }
        return parse(url.trim(), poll);
    }

    public static MailboxSettings parse(String url, int pollSeconds) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("CAREDESK_IMAP_URL is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("imap") && !scheme.equals("imaps")) {
            throw new IllegalStateException("CAREDESK_IMAP_URL must start with imap:// or imaps://");
        }
        if (uri.getHost() == null
                || uri.getRawUserInfo() == null
                || !uri.getRawUserInfo().contains(":")) {
            throw new IllegalStateException("CAREDESK_IMAP_URL must name user:password@host");
        }
        String[] userInfo = uri.getRawUserInfo().split(":", 2);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String folder = path.isBlank() ? "INBOX" : URLDecoder.decode(path, StandardCharsets.UTF_8);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("imaps") ? 993 : 143;
        return new MailboxSettings(
                scheme,
                uri.getHost(),
                port,
                URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8),
                URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8),
                folder,
                pollSeconds);
    }

    private static int pollSeconds(String value) {
        if (value == null || value.isBlank()) {
            return 30;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(
                "CAREDESK_IMAP_POLL_SECONDS must be a whole number of seconds, at least 1, got '" + value + "'");
    }

    public boolean configured() {
        return host != null;
    }

    /** The address consumers write to, when the login is one (as with most providers). */
    public String address() {
        return user != null && user.contains("@") ? user : null;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return configured() ? protocol + "://" + user + "@" + host + ":" + port + "/" + folder : "no mailbox";
    }
}
