package org.caredesk.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real mail server (GreenMail, SMTP and IMAP) in the test JVM, on loopback, for the whole run: the
 * app under test is started with {@code CAREDESK_SMTP_HOST/PORT} pointing here and reads the
 * {@link #SUPPORT} mailbox over IMAP ({@link #imapUrl()}). Against an app that is already running
 * ({@code -Dcaredesk.url}), start that app with {@code CAREDESK_SMTP_PORT} equal to
 * {@code -Dcaredesk.it.smtpPort} and {@code CAREDESK_IMAP_URL} on {@code -Dcaredesk.it.imapPort}.
 */
final class Mailbox {
    private static Mailbox shared;
    /** The support mailbox the app reads; consumers' mails to it become cases. */
    static final String SUPPORT = "support@caredesk.test";

    private static final String SUPPORT_PASSWORD = "support-secret";
    private final GreenMail server;
    private final int port;
    private final int imapPort;

    private Mailbox(int port, int imapPort) {
        this.port = port;
        this.imapPort = imapPort;
        this.server = new GreenMail(new ServerSetup[] {
            new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        server.start();
        server.setUser(SUPPORT, SUPPORT, SUPPORT_PASSWORD);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
    }

    static synchronized Mailbox shared() {
        if (shared == null) {
            Integer configured = Integer.getInteger("caredesk.it.smtpPort");
            Integer imap = Integer.getInteger("caredesk.it.imapPort");
            shared = new Mailbox(configured != null ? configured : freePort(), imap != null ? imap : freePort());
        }
        return shared;
    }

    int port() {
        return port;
    }

    /** {@code CAREDESK_IMAP_URL} for the app: the support mailbox on this server's IMAP port. */
    String imapUrl() {
        return "imap://" + SUPPORT.replace("@", "%40") + ":" + SUPPORT_PASSWORD + "@127.0.0.1:" + imapPort + "/INBOX";
    }

    /** Sends {@code message} over SMTP, as a consumer's mail program would. */
    void send(MimeMessage message) {
        try {
            java.util.Properties p = new java.util.Properties();
            p.put("mail.smtp.host", "127.0.0.1");
            p.put("mail.smtp.port", Integer.toString(port));
            jakarta.mail.Transport.send(rebind(message, jakarta.mail.Session.getInstance(p)));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot send a mail to the test server", e);
        }
    }

    private static MimeMessage rebind(MimeMessage message, jakarta.mail.Session session)
            throws MessagingException, IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        // Sending saves the message again: keep the Message-ID it was written with (a test threads on it).
        return new MimeMessage(session, new java.io.ByteArrayInputStream(out.toByteArray())) {
            @Override
            protected void updateMessageID() {}
        };
    }

    /** The newest mail to {@code address} whose subject contains {@code subjectPart}, waiting up to 30 s. */
    MimeMessage awaitMessage(String address, String subjectPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> sentTo(m, address) && subject(m).contains(subjectPart))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address + " with '" + subjectPart + "' in its subject within 30 s");
    }

    /** The text of the newest mail to {@code address} whose subject contains {@code subjectPart}, waiting up to 30 s. */
    String awaitMail(String address, String subjectPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> found = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> sentTo(m, address) && subject(m).contains(subjectPart))
                    .reduce((first, second) -> second)
                    .map(Mailbox::text);
            if (found.isPresent()) {
                return found.get();
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address + " with '" + subjectPart + "' in its subject within 30 s");
    }

    /** The first link in the newest matching mail whose path contains {@code pathPart}. */
    String awaitLink(String address, String subjectPart, String pathPart) {
        String text = awaitMail(address, subjectPart);
        Matcher link = Pattern.compile("https?://\\S+").matcher(text);
        while (link.find()) {
            if (link.group().contains(pathPart)) {
                return link.group();
            }
        }
        throw new AssertionError("no link with " + pathPart + " in the mail: " + text);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The mail's plain text: the whole body, or the text/plain part of a multipart (a campaign's text beside its HTML). */
    static String text(MimeMessage message) {
        try {
            String text = plainText(message);
            if (text == null) {
                throw new IllegalStateException("a received mail has no text/plain part: " + message.getContentType());
            }
            return text;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static String plainText(jakarta.mail.Part part) throws IOException, MessagingException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
