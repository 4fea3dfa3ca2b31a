package org.caredesk.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, on loopback, for the whole run: the app under
 * test is started with {@code CAREDESK_SMTP_HOST/PORT} pointing here. Against an app that is
 * already running ({@code -Dcaredesk.url}), start that app with {@code CAREDESK_SMTP_PORT} equal
 * to {@code -Dcaredesk.it.smtpPort}.
 */
final class Mailbox {
    private static Mailbox shared;
    private final GreenMail server;
    private final int port;

    private Mailbox(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
    }

    static synchronized Mailbox shared() {
        if (shared == null) {
            Integer configured = Integer.getInteger("caredesk.it.smtpPort");
            shared = new Mailbox(configured != null ? configured : freePort());
        }
        return shared;
    }

    int port() {
        return port;
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

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
