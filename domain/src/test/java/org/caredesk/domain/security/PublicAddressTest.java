package org.caredesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void withoutAConfiguredAddressLinksPointToLocalhostNeverToTheRequest() {
        PublicAddress demo = PublicAddress.from(Map.of("CAREDESK_PORT", "9090")::get);
        assertFalse(demo.configured());
        assertEquals(
                "http://localhost:9090/reset-password.xhtml?token=t", demo.link("", "/reset-password.xhtml?token=t"));
    }

    @Test
    void theConfiguredAddressIsUsedAsGiven() {
        PublicAddress configured =
                PublicAddress.from(Map.of("CAREDESK_PUBLIC_URL", "https://Help.Example.com/care/")::get);
        assertTrue(configured.configured());
        assertTrue(configured.https());
        assertEquals("https://help.example.com", configured.origin());
        assertEquals("https://help.example.com/care/console/x", configured.link("/console", "/x"));
        assertEquals(
                "http://h:8081",
                PublicAddress.from(Map.of("CAREDESK_PUBLIC_URL", "http://h:8081")::get)
                        .origin());
    }

    @Test
    void aWrongAddressStopsStartUpWithAClearMessage() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> PublicAddress.from(Map.of("CAREDESK_PUBLIC_URL", "ftp://x")::get));
        assertEquals("CAREDESK_PUBLIC_URL must be an http:// or https:// address, got 'ftp://x'", e.getMessage());
    }
}
