package org.caredesk.domain.mail;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One mail in the durable outbox, with how its delivery went. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {
    private static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String recipient;

    /** The recipient in lower case, indexed: per-address counts (the automatic-mail cap) use it. */
    @Column(name = "recipient_key")
    private String recipientKey;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "in_reply_to")
    private String inReplyTo;

    @Column(name = "references_header")
    private String referencesHeader;

    @Column(name = "auto_submitted")
    private String autoSubmitted;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "list_unsubscribe")
    private String listUnsubscribe;

    protected OutboxMail() {}

    OutboxMail(OutgoingMail mail, MailStatus status, Instant createdAt, String error) {
        this.lastError = error;
        this.recipient = mail.to();
        this.recipientKey = mail.to() == null ? null : mail.to().toLowerCase(java.util.Locale.ROOT);
        this.subject = mail.subject();
        this.body = mail.text();
        this.status = status;
        this.createdAt = createdAt;
        MailThreading threading = mail.threading();
        this.messageId = threading.messageId();
        this.inReplyTo = threading.inReplyTo();
        this.referencesHeader = threading.references();
        this.autoSubmitted = threading.autoSubmitted();
        this.caseNumber = threading.caseNumber();
        this.htmlBody = mail.html();
        this.listUnsubscribe = mail.listUnsubscribe();
    }

    public Long getId() {
        return id;
    }

    OutgoingMail toMail() {
        return new OutgoingMail(
                recipient,
                subject,
                body,
                new MailThreading(messageId, inReplyTo, referencesHeader, autoSubmitted, caseNumber),
                htmlBody,
                listUnsubscribe);
    }

    OutboxMailView view() {
        return new OutboxMailView(id, recipient, subject, body, status, createdAt, sentAt, attempts, lastError);
    }

    void sent(Instant at) {
        status = MailStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    void failed(String error) {
        status = MailStatus.FAILED;
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    }
}
