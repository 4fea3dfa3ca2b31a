package org.caredesk.system;

import java.net.URI;

/**
 * The CareDesk instance under test, as tests see it: where it answers, and how many times
 * {@code /health} answered while it was starting ({@link #NOT_PROBED} for an app the tests did not
 * start). Injected into test constructors and methods by {@link RunningCareDesk}.
 */
public record CareDesk(URI baseUri, int healthAnswersWhileStarting) {
    public static final int NOT_PROBED = -1;

    public CareDesk(URI baseUri) {
        this(baseUri, NOT_PROBED);
    }

    /** {@code path} (starting with "/") on this instance, e.g. {@code uri("/api/v1/cases")}. */
    public URI uri(String path) {
        return baseUri.resolve(path);
    }

    /** The same path over WebSocket, e.g. {@code ws("/console/ws/feed")}. */
    public URI ws(String path) {
        String scheme = "https".equals(baseUri.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + baseUri.getRawAuthority()).resolve(path);
    }

    public String host() {
        return baseUri.getHost();
    }

    public int port() {
        return baseUri.getPort();
    }
}
