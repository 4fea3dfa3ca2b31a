package org.caredesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies proxies = TrustedProxies.from(Map.of(TrustedProxies.SETTING, " 10.0.0.5, ::1 ,")::get);

    @Test
    void readsTheListedAddresses() {
        assertEquals(Set.of("10.0.0.5", "0:0:0:0:0:0:0:1"), proxies.addresses());
    }

    @Test
    void refusesANameForAnAddress() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> TrustedProxies.from(Map.of(TrustedProxies.SETTING, "proxy.example.com")::get));
        assertEquals(
                "CAREDESK_TRUSTED_PROXIES lists IP addresses, not names: 'proxy.example.com'", refused.getMessage());
    }

    @Test
    void believesHttpsOnlyFromAListedAddress() {
        assertTrue(proxies.forwardedOverHttps("10.0.0.5", "https"));
        assertTrue(proxies.forwardedOverHttps("0:0:0:0:0:0:0:1", "HTTPS"));
        assertFalse(proxies.forwardedOverHttps("10.0.0.6", "https"), "a client that is not the proxy");
        assertFalse(proxies.forwardedOverHttps("10.0.0.5", "http"));
        assertFalse(proxies.forwardedOverHttps("10.0.0.5", null), "no header");
    }

    @Test
    void theBrowsersHopIsTheFirstOfSeveral() {
        assertTrue(proxies.forwardedOverHttps("10.0.0.5", "https, http"));
        assertFalse(proxies.forwardedOverHttps("10.0.0.5", "http, https"));
    }

    @Test
    void unsetTrustsNoOne() {
        TrustedProxies none = TrustedProxies.from(Map.<String, String>of()::get);
        assertFalse(none.forwardedOverHttps("127.0.0.1", "https"));
    }

    @Test
    void theClientIsTheNearestHopThatIsNoTrustedProxy() {
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", "203.0.113.7"));
        // What the client wrote itself (left of the hop the proxy saw) is never believed.
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", "198.51.100.1, 203.0.113.7"));
        // Two trusted proxies in a row: the one behind ours appended the client.
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", "203.0.113.7, ::1"));
        assertEquals("2001:db8:0:0:0:0:0:7", proxies.client("10.0.0.5", "2001:db8::7"));
    }

    @Test
    void aClientsOwnForwardedForCountsForNothing() {
        assertEquals("10.0.0.6", proxies.client("10.0.0.6", "203.0.113.7"));
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", null), "a proxy's own request");
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkWithoutAskingAnyNameService() {
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", "evil.example.com"));
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", "unknown, 203.0.113.7"));
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", "203.0.113.7:4711"));
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", "beef"), "hexadecimal, but a name");
    }
}
