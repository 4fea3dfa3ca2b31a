package org.caredesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SameOriginPolicyTest {
    private final SameOriginPolicy demo =
            new SameOriginPolicy(PublicAddress.from(Map.of("CAREDESK_PORT", "8080")::get));
    private final SameOriginPolicy behindProxy =
            new SameOriginPolicy(PublicAddress.from(Map.of("CAREDESK_PUBLIC_URL", "https://help.example.com/")::get));

    @Test
    void aWebSocketHandshakeFromAnotherOriginIsRefusedWhateverItCarries() {
        assertFalse(demo.allows(ws("localhost:8080", "http://evil.example", true)));
        assertFalse(demo.allows(ws("localhost:8080", "null", false)));
        assertFalse(
                demo.allows(ws("localhost:8080", "http://localhost:9999", false)), "another port is another origin");
        assertTrue(demo.allows(ws("localhost:8080", "http://localhost:8080", false)));
        assertTrue(demo.allows(ws("127.0.0.1:8080", "http://127.0.0.1:8080", false)), "the request's own host");
        assertTrue(demo.allows(ws("localhost:8080", null, true)), "no Origin: not a browser");
        assertTrue(behindProxy.allows(ws("10.0.0.5:8080", "https://help.example.com", false)), "the public origin");
    }

    @Test
    void aStateChangeWithTheCookieMustComeFromOurOwnPages() {
        assertFalse(demo.allows(post("localhost:8080", "http://evil.example", null, false)));
        assertFalse(demo.allows(post("localhost:8080", null, "cross-site", false)));
        assertFalse(demo.allows(post("localhost:8080", null, "same-site", false)));
        assertFalse(
                demo.allows(post("localhost:8080", "http://localhost:8080", "cross-site", false)),
                "Fetch metadata wins over a matching Origin");
        assertTrue(demo.allows(post("localhost:8080", "http://localhost:8080", "same-origin", false)));
        assertTrue(demo.allows(post("localhost:8080", null, "none", false)), "typed in the address bar");
        assertTrue(demo.allows(post("localhost:8080", null, null, false)), "curl, integrators: no cookie of a victim");
        assertTrue(
                demo.allows(post("localhost:8080", "http://evil.example", null, true)),
                "an Authorization header cannot be added by a foreign page");
        assertTrue(
                demo.allows(new SameOriginPolicy.Request(
                        "GET", "localhost:8080", "http://evil.example", "cross-site", false, false)),
                "reading is not acting");
    }

    @Test
    void defaultPortsAreTheSameOrigin() {
        assertTrue(behindProxy.ours("https://help.example.com", "help.example.com"));
        assertTrue(behindProxy.ours("https://HELP.example.com", "other.example"));
        assertFalse(behindProxy.ours("https://help.example.com.evil.example", "help.example.com:443"));
        assertFalse(behindProxy.ours("http://help.example.com:443", "intranet:8080"));
    }

    private static SameOriginPolicy.Request ws(String host, String origin, boolean authorization) {
        return new SameOriginPolicy.Request("GET", host, origin, null, true, authorization);
    }

    private static SameOriginPolicy.Request post(String host, String origin, String fetchSite, boolean authorization) {
        return new SameOriginPolicy.Request("POST", host, origin, fetchSite, false, authorization);
    }
}
