package org.caredesk.domain.security;

import java.net.URI;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Where the application is reached from outside ({@code CAREDESK_PUBLIC_URL}, e.g.
 * {@code https://help.example.com}). Absolute links (mails) and the origin check of browsers'
 * requests use it; no link is ever built from a request's {@code Host} header, which the client
 * chooses. Without a configured address it is {@code http://localhost:PORT}, fine for the demo;
 * a production start-up says that it is missing ({@link #configured()} false).
 */
public record PublicAddress(String scheme, String host, int port, String path, boolean configured) {

    public static PublicAddress fromEnvironment() {
        return from(CareDeskSettings.environment());
    }

    public static PublicAddress from(UnaryOperator<String> lookup) {
        String configured = lookup.apply("CAREDESK_PUBLIC_URL");
        if (configured == null || configured.isBlank()) {
            String port = lookup.apply("CAREDESK_PORT");
            return new PublicAddress(
                    "http",
                    "localhost",
                    port == null || port.isBlank() ? 8080 : Integer.parseInt(port.trim()),
                    "",
                    false);
        }
        URI uri;
        try {
            uri = URI.create(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CAREDESK_PUBLIC_URL is not a URL: '" + configured + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalStateException(
                    "CAREDESK_PUBLIC_URL must be an http:// or https:// address, got '" + configured + "'");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new PublicAddress(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path, true);
    }

    /** The origin as browsers send it in the {@code Origin} header: default ports left out. */
    public String origin() {
        return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
    }

    /** An absolute link to {@code pathAndQuery} (starting with "/") of the application at {@code contextPath}. */
    public String link(String contextPath, String pathAndQuery) {
        return origin() + path + (contextPath == null ? "" : contextPath) + pathAndQuery;
    }

    public boolean https() {
        return "https".equals(scheme);
    }

    static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
