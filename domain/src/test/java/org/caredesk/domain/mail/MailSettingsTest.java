package org.caredesk.domain.mail;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutAHostNoMailLeavesTheMachine() {
        MailSettings settings = MailSettings.from(name -> null);
        assertFalse(settings.configured());
        assertEquals(25, settings.port());
        assertEquals(MailSettings.DEFAULT_FROM, settings.from());
    }

    @Test
    void readsEverySmtpSetting() {
        Map<String, String> env = Map.of(
                "CAREDESK_SMTP_HOST",
                "smtp.example.com",
                "CAREDESK_SMTP_PORT",
                " 587 ",
                "CAREDESK_SMTP_USER",
                "caredesk",
                "CAREDESK_SMTP_PASSWORD",
                "s3cret",
                "CAREDESK_SMTP_FROM",
                "help@example.com",
                "CAREDESK_SMTP_STARTTLS",
                "true");
        MailSettings settings = MailSettings.from(env::get);
        assertEquals(
                new MailSettings("smtp.example.com", 587, "caredesk", "s3cret", "help@example.com", true), settings);
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void aBadPortIsNamed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> MailSettings.from(Map.of("CAREDESK_SMTP_PORT", "25x")::get));
        assertEquals("CAREDESK_SMTP_PORT must be a port number from 1 to 65535, got '25x'", e.getMessage());
    }

    @Test
    void aMailNeedsAnAddress() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("nobody", "s", "t"));
        assertEquals("not an e-mail address: 'nobody'", e.getMessage());
    }
}
