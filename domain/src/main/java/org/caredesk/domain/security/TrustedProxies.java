package org.caredesk.domain.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * The reverse proxies whose word about the browser's connection CareDesk takes
 * ({@code CAREDESK_TRUSTED_PROXIES}: their addresses as this instance sees them, comma-separated). A
 * request that such a proxy forwards with {@code X-Forwarded-Proto: https} reached the proxy over TLS, so
 * its cookies are {@code Secure}. The header alone proves nothing (any client can send it): it counts only
 * when the connection itself comes from a listed address. Unset, no proxy is trusted.
 */
public record TrustedProxies(Set<String> addresses) {
    public static final String SETTING = "CAREDESK_TRUSTED_PROXIES";

    public TrustedProxies {
        addresses = Set.copyOf(addresses);
    }

    public static TrustedProxies fromEnvironment() {
        return from(CareDeskSettings.environment());
    }

    public static TrustedProxies from(UnaryOperator<String> lookup) {
        String configured = lookup.apply(SETTING);
        if (configured == null || configured.isBlank()) {
            return new TrustedProxies(Set.of());
        }
        return new TrustedProxies(Arrays.stream(configured.split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .map(TrustedProxies::literal)
                .collect(Collectors.toSet()));
    }

    /** An IP address in the form the container reports the peer ({@code ::1} as {@code 0:0:0:0:0:0:0:1}). */
    private static String literal(String address) {
        // Digits, dots and colons only: InetAddress then parses it without asking any name service.
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalStateException(SETTING + " lists IP addresses, not names: '" + address + "'");
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(SETTING + ": '" + address + "' is not an IP address");
        }
    }

    /**
     * True when the connection comes from a trusted proxy ({@code remoteAddress}, the peer of the TCP
     * connection) and that proxy says the browser's side was https. With several proxies in a row the
     * header may list each hop's scheme: the first is the browser's.
     */
    public boolean forwardedOverHttps(String remoteAddress, String forwardedProto) {
        if (remoteAddress == null || forwardedProto == null || !addresses.contains(remoteAddress)) {
            return false;
        }
        return forwardedProto.split(",")[0].trim().equalsIgnoreCase("https");
    }

    /**
     * The address of the client a request comes from. From a trusted proxy it is the right-most address of
     * {@code X-Forwarded-For} that is not itself a trusted proxy: each proxy appends the peer it saw, and whatever
     * lies left of the first untrusted hop is that hop's own claim, which proves nothing. From anyone else, or with
     * the header missing or malformed, it is the connection's own peer.
     */
    public String client(String remoteAddress, String forwardedFor) {
        if (remoteAddress == null || forwardedFor == null || !addresses.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String nearest = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<String> hop = ipLiteral(hops[i].trim());
            if (hop.isEmpty()) {
                return nearest; // garbage in the chain: the last hop that could be read
            }
            nearest = hop.get();
            if (!addresses.contains(nearest)) {
                return nearest;
            }
        }
        return nearest;
    }

    private static Optional<String> ipLiteral(String address) {
        // Only a dotted quad or an address with colons: InetAddress parses those itself, and anything else
        // (even "beef", which is hexadecimal) would be looked up as a host name.
        if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*") || address.length() > 45) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
