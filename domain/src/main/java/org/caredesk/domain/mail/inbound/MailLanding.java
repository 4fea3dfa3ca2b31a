package org.caredesk.domain.mail.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.mail.MailboxSettings;
import org.caredesk.domain.mail.notice.CaseNotices;
import org.caredesk.domain.mail.thread.MailThreads;
import org.caredesk.domain.mail.thread.SubjectToken;

/**
 * Lands one parsed mail in one transaction: stored once (by Message-ID, or content hash), on the
 * case it answers or on a new case, with its attachments, and acknowledged unless it is automatic.
 * A mail answers a case when its In-Reply-To/References name a Message-ID of the case, or else its
 * subject carries the case's {@code [CD-…]} token; in both cases only when the sender is the case's
 * consumer or someone they copied in, so a forged reference cannot write into another's case.
 */
@ApplicationScoped
@Transactional
public class MailLanding implements MailboxReader.Sink {
    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 10_000;

    private final EntityManager entityManager;
    private final CaseIntake intake;
    private final ContactTagger tagger;
    private final FeedPublisher feed;
    private final MailThreads threads;
    private final CaseNotices notices;
    private final MailAttachments attachments;
    private final Clock clock;
    private final String mailbox;
    private final Event<MailLanded> landed;

    protected MailLanding() {
        this(null, null, null, null, null, null, null, null, (String) null, null);
    }

    @Inject
    public MailLanding(
            EntityManager entityManager,
            CaseIntake intake,
            ContactTagger tagger,
            FeedPublisher feed,
            MailThreads threads,
            CaseNotices notices,
            MailAttachments attachments,
            Clock clock,
            MailboxSettings settings,
            Event<MailLanded> landed) {
        this(
                entityManager,
                intake,
                tagger,
                feed,
                threads,
                notices,
                attachments,
                clock,
                settings == null ? null : settings.address(),
                landed);
    }

    public MailLanding(
            EntityManager entityManager,
            CaseIntake intake,
            ContactTagger tagger,
            FeedPublisher feed,
            MailThreads threads,
            CaseNotices notices,
            MailAttachments attachments,
            Clock clock,
            String mailboxAddress,
            Event<MailLanded> landed) {
        this.entityManager = entityManager;
        this.intake = intake;
        this.tagger = tagger;
        this.feed = feed;
        this.threads = threads;
        this.notices = notices;
        this.attachments = attachments;
        this.clock = clock;
        this.mailbox = mailboxAddress == null ? null : mailboxAddress.toLowerCase(Locale.ROOT);
        this.landed = landed;
    }

    /** Whether a mail with this key is stored already (then it is not parsed or landed again). */
    @Override
    public boolean known(String dedupKey) {
        return !entityManager
                .createQuery("SELECT m.id FROM InboundMail m WHERE m.dedupKey = :k")
                .setParameter("k", dedupKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public LandingOutcome land(ParsedMail mail) {
        if (known(mail.dedupKey())) {
            return LandingOutcome.duplicate();
        }
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder(mail.text().isBlank() ? "(no text)" : mail.text());
        if (text.length() > MAX_TEXT) {
            text.setLength(MAX_TEXT - 60);
            text.append("\n[… the rest of the mail is in the original]");
        }
        Optional<SupportCase> answered = answeredCase(mail);
        MailAttachments.Sorted files = attachments.sort(
                mail.attachments(), answered.map(attachments::count).orElse(0L));
        if (!files.notes().isEmpty()) {
            text.append("\n\n").append(String.join("\n", files.notes()));
        }
        SupportCase supportCase;
        Contact contact;
        boolean newCase = answered.isEmpty();
        if (newCase) {
            supportCase = open(mail, text.toString());
            contact = entityManager
                    .createQuery("SELECT c FROM Contact c WHERE c.supportCase = :c ORDER BY c.id", Contact.class)
                    .setParameter("c", supportCase)
                    .setMaxResults(1)
                    .getSingleResult();
        } else {
            supportCase = answered.get();
            contact = addMessage(supportCase, mail, text.toString(), now);
        }
        threads.received(supportCase.getId(), mail.messageId());
        for (String cc : mail.cc()) {
            if (!cc.equals(mailbox) && !cc.equals(mail.from())) {
                threads.addParticipant(supportCase.getId(), cc);
            }
        }
        attachments.store(supportCase, contact, files.accepted(), now);
        entityManager.persist(InboundMail.landed(mail, supportCase.getId(), contact.getId(), now));
        boolean answeredByMail = newCase
                && mail.automatic() == null
                && mail.from() != null
                && notices.acknowledge(supportCase, text.toString());
        entityManager.flush();
        if (landed != null) {
            landed.fire(new MailLanded(contact.getId(), mail.from(), mail.threadIds()));
        }
        return new LandingOutcome(
                LandingOutcome.Kind.LANDED, supportCase.getCaseNumber(), newCase, answeredByMail, null);
    }

    /** Keeps a mail that cannot be read, with the reason, so it is never fetched and tried again. */
    @Override
    public void quarantine(String dedupKey, String reason, byte[] raw) {
        if (!known(dedupKey)) {
            entityManager.persist(InboundMail.quarantined(dedupKey, reason, raw, clock.instant()));
            entityManager.flush();
        }
    }

    private Optional<SupportCase> answeredCase(ParsedMail mail) {
        if (mail.from() == null) {
            return Optional.empty();
        }
        Optional<SupportCase> byReference =
                threads.caseOf(mail.threadIds()).map(id -> entityManager.find(SupportCase.class, id));
        Optional<SupportCase> candidate = byReference.isPresent()
                ? byReference
                : SubjectToken.find(mail.subject()).flatMap(this::byNumber);
        return candidate.filter(c -> mayWriteTo(c, mail.from()));
    }

    private boolean mayWriteTo(SupportCase supportCase, String sender) {
        String consumer =
                supportCase.getCustomer() != null && supportCase.getCustomer().getEmail() != null
                        ? supportCase.getCustomer().getEmail()
                        : supportCase.getConsumerDetails().email();
        return (consumer != null && consumer.trim().equalsIgnoreCase(sender))
                || threads.isParticipant(supportCase.getId(), sender);
    }

    private SupportCase open(ParsedMail mail, String text) {
        Customer customer = mail.from() == null ? null : customer(mail.from()).orElse(null);
        String subject = mail.subject().isBlank() ? "(no subject)" : mail.subject();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        String name = mail.fromName() == null
                ? null
                : mail.fromName().substring(0, Math.min(200, mail.fromName().length()));
        String email = mail.from() != null && mail.from().length() <= 254 ? mail.from() : null;
        CaseReceipt receipt = intake.submit(
                new CaseSubmission(subject, text, null, name, email, null, null),
                Channel.EMAIL,
                customer == null ? null : customer.getId());
        return byNumber(receipt.caseNumber()).orElseThrow();
    }

    private Contact addMessage(SupportCase supportCase, ParsedMail mail, String text, Instant now) {
        ContactTags tags = tagger.tag(text, supportCase.getLanguage());
        Contact contact = Contact.inbound(Channel.EMAIL, text, now)
                .inCase(supportCase)
                .from(supportCase.getCustomer())
                .about(supportCase.getProduct())
                .senderEmail(mail.from())
                .build();
        contact.tag(tags);
        entityManager.persist(contact);
        supportCase.noteConsumerMessage(tags.sentiment(), tags.hasHazard(), now);
        supportCase.scheduleSla(new org.caredesk.domain.cases.SlaTargets(entityManager).lookup());
        entityManager.flush();
        feed.publish(FeedEventTypes.CASE_UPDATED, CaseSummary.of(supportCase));
        return contact;
    }

    private Optional<SupportCase> byNumber(String caseNumber) {
        return entityManager
                .createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                .setParameter("number", caseNumber)
                .getResultStream()
                .findFirst();
    }

    private Optional<Customer> customer(String email) {
        return entityManager
                .createQuery("SELECT c FROM Customer c WHERE c.email = :e", Customer.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
