package org.caredesk.domain.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Hands one mail to the configured SMTP server with Jakarta Mail. */
public class SmtpSender {
    private static final String TIMEOUT_MILLIS = "10000";

    private final MailSettings settings;
    private final Session session;

    public SmtpSender(MailSettings settings) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("no SMTP server configured");
        }
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        // A stuck server must not hold a delivery thread for ever.
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Authenticator authenticator = null;
        if (settings.user() != null) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.user(), settings.password());
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
    }

    public void send(OutgoingMail mail) throws MessagingException {
        MailThreading threading = mail.threading();
        MimeMessage message = new ThreadedMessage(session, threading.messageId());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.html() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            message.setContent(alternatives(mail));
        }
        if (mail.listUnsubscribe() != null) {
            // RFC 2369 and RFC 8058: mail programs offer "unsubscribe", done with one POST, no sign-in.
            message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setSentDate(new Date());
        if (threading.inReplyTo() != null) {
            message.setHeader("In-Reply-To", threading.inReplyTo());
        }
        if (threading.references() != null) {
            message.setHeader("References", threading.references());
        }
        if (threading.autoSubmitted() != null) {
            message.setHeader("Auto-Submitted", threading.autoSubmitted());
            // Asks Exchange and most autoresponders not to answer CareDesk's own machine mail (no loops).
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        Transport.send(message);
    }

    private static MimeMultipart alternatives(OutgoingMail mail) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        return alternatives;
    }

    /** Jakarta Mail invents a Message-ID when sending; a case's mail keeps the one its thread recorded. */
    private static final class ThreadedMessage extends MimeMessage {
        private final String messageId;

        ThreadedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}
