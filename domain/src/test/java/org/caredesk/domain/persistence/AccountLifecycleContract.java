package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.List;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.domain.security.PasswordHashing;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Customer accounts on every supported database: verifying an e-mail address joins the anonymous cases sent
 * from it, and erasure leaves only anonymous records.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class AccountLifecycleContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private final ContactTagger tagger = new ContactTagger();
    private CaseIntake intake;
    private CaseQueries queries;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        queries = new CaseQueries(em);
        intake = new CaseIntake(
                em, new CaseNumbers(em, database.settings()), new ProductCatalogue(em), tagger, feed, clock);
    }

    @Test
    void verifyingAnEmailJoinsItsAnonymousCasesAndErasureLeavesOnlyAnonymousRecords() {
        var em = jpa.entityManager();
        PasswordHashing hash = new PasswordHashing(1_000); // the test-only cost
        MailOutbox outbox = new MailOutbox(em, clock);
        var mailer = new org.caredesk.domain.mail.Mailer(
                outbox,
                new org.caredesk.domain.mail.MailSettings(null, 25, null, null, "test@caredesk.invalid", false),
                database.settings(),
                null);
        var tokens = new org.caredesk.domain.user.EmailTokens(em, clock);
        var registration = new org.caredesk.domain.user.Registration(
                em,
                new org.caredesk.domain.user.Passwords(hash),
                tokens,
                mailer,
                clock,
                new org.caredesk.domain.cases.AnonymousCaseJoin(em));
        String email = "joiner." + System.nanoTime() + "@example.org";
        CaseReceipt anonymous = jpa.inTransaction(e -> intake.submit(
                new CaseSubmission(
                        "Kettle",
                        "My name is Joy Joiner.",
                        null,
                        "Joy",
                        email.toUpperCase(java.util.Locale.ROOT),
                        null,
                        "en"),
                Channel.WEB,
                null));

        assertTrue((boolean) jpa.inTransaction(e -> registration.register(
                new org.caredesk.domain.user.Registration.Request("Joy", "Joiner", email, "long enough secret", "en"),
                "http://portal/verify.xhtml?token=")));
        String text = jpa.inTransaction(e -> outbox.to(email, 1)).get(0).text();
        String token = text.substring(text.indexOf("token=") + 6).split("\\s")[0];
        assertTrue(jpa.inTransaction(e -> registration.verify("not" + token)).isEmpty());
        var verified = jpa.inTransaction(e -> registration.verify(token)).orElseThrow();
        assertEquals(1, verified.casesJoined());
        assertTrue(jpa.inTransaction(e -> registration.verify(token)).isEmpty(), "a link works once");

        UserAccount user = jpa.inTransaction(e -> e.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email)
                .getSingleResult());
        long customerId = user.getCustomer().getId();
        assertTrue(user.isEnabled());
        assertEquals(
                List.of(anonymous.caseNumber()),
                queries.ofCustomer(customerId).stream().map(c -> c.caseNumber()).toList());

        var erasure = new org.caredesk.domain.privacy.rights.AccountErasure(
                em, new org.caredesk.domain.audit.AuditLog(em, clock));
        assertTrue((boolean) jpa.inTransaction(e -> erasure.erase(email)));
        jpa.inTransaction(e -> {
            e.clear();
            Customer erased = e.find(Customer.class, customerId);
            assertTrue(erased.isErased());
            assertNull(erased.getEmail());
            SupportCase kept = e.createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                    .setParameter("number", anonymous.caseNumber())
                    .getSingleResult();
            assertNull(kept.getConsumerDetails().email());
            List<Contact> contacts = e.createQuery("SELECT k FROM Contact k WHERE k.supportCase = :c", Contact.class)
                    .setParameter("c", kept)
                    .getResultList();
            assertTrue(contacts.stream().allMatch(k -> k.getBody().equals("[erased]") && k.getSenderEmail() == null));
            assertTrue(contacts.stream().allMatch(k -> k.getSentiment() != null), "tags stay for the figures");
            assertTrue(
                    e.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                            .setParameter("email", email)
                            .getResultList()
                            .isEmpty(),
                    "the login is gone");
            return null;
        });
    }

    private CaseReceipt submit(String subject, String message) {
        return jpa.inTransaction(em ->
                intake.submit(new CaseSubmission(subject, message, null, null, null, null, null), Channel.WEB, null));
    }
}
