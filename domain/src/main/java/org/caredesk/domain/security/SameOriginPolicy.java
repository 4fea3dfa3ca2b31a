package org.caredesk.domain.security;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a browser request may act with the cookies it carries. A page on another origin
 * can make a victim's browser send a form post, a {@code text/plain} fetch or a WebSocket handshake
 * with the victim's session cookie; the browser then says where the request comes from in
 * {@code Origin} and {@code Sec-Fetch-Site}, which a page cannot forge. So:
 * <ul>
 *   <li>a WebSocket handshake with an {@code Origin} that is not ours is refused, whatever it carries;</li>
 *   <li>a state-changing request (anything but GET, HEAD, OPTIONS) is refused when
 *       {@code Sec-Fetch-Site} says it is not same-origin, or else when its {@code Origin} is not ours;</li>
 *   <li>a request with an {@code Authorization} header is not a cross-site forgery (no page can add that
 *       header to another origin's request without a CORS pre-flight, which CareDesk never grants), and
 *       a request with neither header is not a modern browser's, so neither is held.</li>
 * </ul>
 * "Ours" is the configured public origin or the request's own {@code Host} (behind a proxy that keeps
 * it, or when reached directly).
 */
public final class SameOriginPolicy {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final PublicAddress publicAddress;

    public SameOriginPolicy(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    /** What the policy needs of a request; header values may be null when absent. */
    public record Request(
            String method,
            String host,
            String origin,
            String fetchSite,
            boolean webSocketHandshake,
            boolean hasAuthorization) {}

    /** True when the request may go on. */
    public boolean allows(Request request) {
        if (request.webSocketHandshake()) {
            return request.origin() == null || ours(request.origin(), request.host());
        }
        if (SAFE_METHODS.contains(request.method().toUpperCase(Locale.ROOT)) || request.hasAuthorization()) {
            return true;
        }
        if (request.fetchSite() != null) {
            String site = request.fetchSite().trim().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        return request.origin() == null || ours(request.origin(), request.host());
    }

    /** The origin is the public one, or names the same host and port the request was sent to. */
    boolean ours(String origin, String host) {
        String normalised = origin.trim().toLowerCase(Locale.ROOT);
        if (normalised.equals(publicAddress.origin())) {
            return true;
        }
        int schemeEnd = normalised.indexOf("://");
        if (host == null || schemeEnd < 0 || !(normalised.startsWith("http") || normalised.startsWith("ws"))) {
            return false; // includes the opaque origin "null" of sandboxed frames and file: pages
        }
        String scheme = normalised.substring(0, schemeEnd);
        String authority = normalised.substring(schemeEnd + 3);
        String requestHost = host.trim().toLowerCase(Locale.ROOT);
        return withPort(authority, scheme).equals(withPort(requestHost, scheme));
    }

    private static String withPort(String authority, String scheme) {
        boolean hasPort = authority.lastIndexOf(':') > authority.lastIndexOf(']');
        if (hasPort) {
            return authority;
        }
        return authority + ":" + (scheme.equals("https") || scheme.equals("wss") ? 443 : 80);
    }
}
