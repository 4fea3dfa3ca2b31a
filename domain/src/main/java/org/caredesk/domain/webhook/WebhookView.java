package org.caredesk.domain.webhook;

import java.time.Instant;
import java.util.List;

/** A webhook as pages and the API show it; its secret is shown once, when created. */
public record WebhookView(long id, String name, String url, List<String> events, boolean enabled, Instant createdAt) {}
