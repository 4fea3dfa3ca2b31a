package org.caredesk.domain.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * The demo's own mail server (GreenMail, SMTP and IMAP on loopback), used for both directions when
 * the demo runs without {@code CAREDESK_SMTP_HOST} and {@code CAREDESK_IMAP_URL}: a person points
 * any mail client at it and writes to {@code support@caredesk.test} (password {@code support}).
 * Ports {@code CAREDESK_DEMO_SMTP_PORT} (default 2525) and {@code CAREDESK_DEMO_IMAP_PORT} (2143).
 * Both web applications ask for it; the first to bind the ports runs it for the whole JVM.
 */
public record DemoMailServer(int smtpPort, int imapPort) {
    public static final String ADDRESS = "support@caredesk.test";
    public static final String PASSWORD = "support";
    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());
    /** A JVM-wide mark (system properties are shared by both applications' class loaders). */
    private static final String OWNER = "caredesk.demo.mail.running";

    /** The demo server this run uses, when it is a demo without any mail server configured. */
    public static Optional<DemoMailServer> plan(UnaryOperator<String> lookup) {
        CareDeskSettings careDesk = CareDeskSettings.from(lookup);
        if (!careDesk.demo()
                || blank(lookup.apply("CAREDESK_SMTP_HOST")) != null
                || blank(lookup.apply("CAREDESK_IMAP_URL")) != null) {
            return Optional.empty();
        }
        return Optional.of(new DemoMailServer(
                port(lookup, "CAREDESK_DEMO_SMTP_PORT", 2525), port(lookup, "CAREDESK_DEMO_IMAP_PORT", 2143)));
    }

    public MailSettings smtp() {
        return new MailSettings("127.0.0.1", smtpPort, null, null, "CareDesk <" + ADDRESS + ">", false);
    }

    public MailboxSettings mailbox(int pollSeconds) {
        return new MailboxSettings("imap", "127.0.0.1", imapPort, ADDRESS, PASSWORD, "INBOX", pollSeconds);
    }

    /**
     * Starts the server unless this JVM runs it already. Answers false when the ports belong to
     * another program: then this demo must not read or send through them.
     */
    public boolean startIfAbsent() {
        // System.class is shared by both applications' class loaders: one of them starts the server.
        synchronized (System.class) {
            if (System.getProperty(OWNER) != null) {
                return true;
            }
            if (!free(smtpPort) || !free(imapPort)) {
                LOG.warning("Demo mail server not started: port " + smtpPort + " or " + imapPort
                        + " is taken by another program (set CAREDESK_DEMO_SMTP_PORT / CAREDESK_DEMO_IMAP_PORT)");
                return false;
            }
            GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
            try {
                server.start();
                server.setUser(ADDRESS, ADDRESS, PASSWORD);
            } catch (RuntimeException e) {
                LOG.warning("Demo mail server not started: " + e.getMessage());
                server.stop();
                return false;
            }
            System.setProperty(OWNER, "smtp=" + smtpPort + ",imap=" + imapPort);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "caredesk-demo-mail-stop"));
            LOG.info(() -> "Demo mail server: SMTP 127.0.0.1:" + smtpPort + ", IMAP 127.0.0.1:" + imapPort
                    + ", mailbox " + ADDRESS + " (password " + PASSWORD + ")");
            return true;
        }
    }

    private static boolean free(int port) {
        try {
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(UnaryOperator<String> lookup, String name, int fallback) {
        String value = blank(lookup.apply(name));
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a port number, got '" + value + "'");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
