package org.caredesk.domain.mail.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.caredesk.domain.cases.CaseEvent;
import org.caredesk.domain.cases.CaseLinkCode;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.mail.MailThreading;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutgoingMail;
import org.caredesk.domain.mail.thread.MailThreads;
import org.caredesk.domain.mail.thread.SubjectToken;

/**
 * Tells the consumer of every step of their case by mail: acknowledgement, each agent reply, the
 * resolution with the rating link. These are transactional mails (the consumer asked for them by
 * opening the case), so they go regardless of marketing consent. Written to the outbox in the
 * transaction that changed the case. Machine-written mails are capped per address and hour, so a
 * misbehaving autoresponder on the other side cannot make CareDesk loop.
 */
@ApplicationScoped
public class CaseNotices {
    private final EntityManager entityManager;
    private final MailThreads threads;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final PublicLinks links;
    private final Clock clock;
    private final int automaticPerHour;

    protected CaseNotices() {
        this(null, null, null, null, null, null, 0);
    }

    @Inject
    public CaseNotices(
            EntityManager entityManager,
            MailThreads threads,
            MailTemplates templates,
            Mailer mailer,
            NoticeSettings settings,
            Clock clock) {
        this(entityManager, threads, templates, mailer, settings.links(), clock, settings.automaticPerHour());
    }

    public CaseNotices(
            EntityManager entityManager,
            MailThreads threads,
            MailTemplates templates,
            Mailer mailer,
            PublicLinks links,
            Clock clock,
            int automaticPerHour) {
        this.entityManager = entityManager;
        this.threads = threads;
        this.templates = templates;
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
        this.automaticPerHour = automaticPerHour;
    }

    void onOpened(@Observes CaseEvent.Opened event) {
        SupportCase supportCase = entityManager.find(SupportCase.class, event.caseId());
        if (supportCase.getChannel() != Channel.EMAIL) {
            // A case opened by mail is acknowledged by the mailbox reader, which knows whether the mail may be
            // answered.
            acknowledge(supportCase, event.message());
        }
    }

    void onReplied(@Observes CaseEvent.AgentReplied event) {
        SupportCase supportCase = entityManager.find(SupportCase.class, event.caseId());
        Contact reply = entityManager.find(Contact.class, event.contactId());
        send(supportCase, NoticeKind.REPLY, Map.of("reply", reply.getBody()), null);
    }

    void onResolved(@Observes CaseEvent.Resolved event) {
        send(
                entityManager.find(SupportCase.class, event.caseId()),
                NoticeKind.RESOLUTION,
                Map.of(),
                MailThreading.AUTO_GENERATED);
    }

    /** The acknowledgement of a new case, quoting what the consumer wrote; false when nobody can be told. */
    public boolean acknowledge(SupportCase supportCase, String message) {
        String autoSubmitted =
                supportCase.getChannel() == Channel.EMAIL ? MailThreading.AUTO_REPLIED : MailThreading.AUTO_GENERATED;
        return send(supportCase, NoticeKind.ACKNOWLEDGEMENT, Map.of("message", quote(message)), autoSubmitted);
    }

    private boolean send(SupportCase supportCase, NoticeKind kind, Map<String, String> extra, String autoSubmitted) {
        String to = address(supportCase);
        if (to == null) {
            return false;
        }
        if (autoSubmitted != null && automaticMailsInLastHour(to) >= automaticPerHour) {
            return false;
        }
        // A code of this mail's own (only its hash kept): no plain tracking code is stored for later mails.
        String code = CaseLinkCode.issue(entityManager, supportCase.getId(), clock.instant());
        Map<String, String> values = new HashMap<>(extra);
        values.put("caseNumber", supportCase.getCaseNumber());
        values.put("subject", supportCase.getSubject());
        values.put("name", name(supportCase));
        values.put("trackingLink", links.tracking(supportCase.getCaseNumber(), code));
        values.put("ratingLink", links.rating(supportCase.getCaseNumber(), code, supportCase.getCustomer() != null));
        RenderedMail rendered = MailTemplates.render(templates.get(kind, supportCase.getLanguage()), values);
        MailThreading threading = threads.nextOutgoing(supportCase, autoSubmitted);
        mailer.send(new OutgoingMail(
                to, SubjectToken.tag(supportCase.getCaseNumber(), rendered.subject()), rendered.body(), threading));
        return true;
    }

    private long automaticMailsInLastHour(String to) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(m) FROM OutboxMail m WHERE m.recipientKey = :to "
                                + "AND m.autoSubmitted IS NOT NULL AND m.createdAt > :since",
                        Long.class)
                .setParameter("to", to.toLowerCase(java.util.Locale.ROOT))
                .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
    }

    private static String address(SupportCase supportCase) {
        if (supportCase.getCustomer() != null && supportCase.getCustomer().getEmail() != null) {
            return supportCase.getCustomer().getEmail();
        }
        String email = supportCase.getConsumerDetails().email();
        return email == null || email.isBlank() || !email.contains("@") ? null : email.trim();
    }

    private static String name(SupportCase supportCase) {
        if (supportCase.getCustomer() != null) {
            return supportCase.getCustomer().getDisplayName();
        }
        String name = supportCase.getConsumerDetails().name();
        return name == null || name.isBlank() ? ("it".equals(supportCase.getLanguage()) ? "cliente" : "there") : name;
    }

    static String quote(String message) {
        return "> "
                + (message == null ? "" : message.strip()).replace("\r\n", "\n").replace("\n", "\n> ");
    }
}
