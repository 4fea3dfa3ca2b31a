package org.caredesk.domain.mail;

import java.util.function.UnaryOperator;

/**
 * The SMTP server from {@code CAREDESK_SMTP_HOST}, {@code _PORT} (default 25), {@code _USER},
 * {@code _PASSWORD}, {@code _FROM} and {@code _STARTTLS}. Without a host no mail leaves the machine.
 */
public record MailSettings(String host, int port, String user, String password, String from, boolean startTls) {
    static final String DEFAULT_FROM = "CareDesk <no-reply@caredesk.invalid>";

    public static MailSettings from(UnaryOperator<String> lookup) {
        String portValue = blankToNull(lookup.apply("CAREDESK_SMTP_PORT"));
        int port;
        try {
            port = portValue == null ? 25 : Integer.parseInt(portValue);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalStateException(
                    "CAREDESK_SMTP_PORT must be a port number from 1 to 65535, got '" + portValue + "'");
        }
        String from = blankToNull(lookup.apply("CAREDESK_SMTP_FROM"));
        return new MailSettings(
                blankToNull(lookup.apply("CAREDESK_SMTP_HOST")),
                port,
                blankToNull(lookup.apply("CAREDESK_SMTP_USER")),
                blankToNull(lookup.apply("CAREDESK_SMTP_PASSWORD")),
                from == null ? DEFAULT_FROM : from,
                Boolean.parseBoolean(blankToNull(lookup.apply("CAREDESK_SMTP_STARTTLS"))));
    }

    public boolean configured() {
        return host != null;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MailSettings[" + (host == null ? "no SMTP server" : host + ":" + port) + ", from " + from + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
