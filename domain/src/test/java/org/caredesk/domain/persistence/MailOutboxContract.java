package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.MailStatus;
import org.caredesk.domain.mail.OutboxMailView;
import org.caredesk.domain.mail.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mail outbox on every supported database: a queued mail is claimed for delivery exactly once, and a
 * failed one keeps its error and can be claimed again.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class MailOutboxContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();

    @Test
    void aQueuedMailIsClaimedForDeliveryExactlyOnce() {
        MailOutbox outbox = new MailOutbox(jpa.entityManager(), clock);
        long id = jpa.inTransaction(em -> outbox.add(
                new OutgoingMail("Mail.Test@example.com", "Verify", "Grazie, è fatto"), MailStatus.PENDING, null));

        Optional<OutgoingMail> first = jpa.inTransaction(em -> outbox.claim(id));
        Optional<OutgoingMail> second = jpa.inTransaction(em -> outbox.claim(id));
        assertEquals(Optional.of(new OutgoingMail("Mail.Test@example.com", "Verify", "Grazie, è fatto")), first);
        assertEquals(Optional.empty(), second, "a mail being sent must not be claimed again");

        jpa.inTransaction(em -> {
            outbox.markSent(id);
            return null;
        });
        List<OutboxMailView> mails = jpa.inTransaction(em -> outbox.to("mail.test@EXAMPLE.com", 5));
        assertEquals(1, mails.size());
        assertEquals(MailStatus.SENT, mails.get(0).status());
        assertEquals(1, mails.get(0).attempts());
        assertNotNull(mails.get(0).sentAt());
    }

    @Test
    void aFailedMailKeepsItsErrorAndCanBeClaimedAgain() {
        MailOutbox outbox = new MailOutbox(jpa.entityManager(), clock);
        long id = jpa.inTransaction(
                em -> outbox.add(new OutgoingMail("retry@example.com", "Reset", "link"), MailStatus.PENDING, null));
        jpa.inTransaction(em -> outbox.claim(id));
        jpa.inTransaction(em -> {
            outbox.markFailed(id, "Connection refused");
            return null;
        });
        OutboxMailView failed =
                jpa.inTransaction(em -> outbox.to("retry@example.com", 1)).get(0);
        assertEquals(MailStatus.FAILED, failed.status());
        assertEquals("Connection refused", failed.lastError());
        assertTrue(jpa.inTransaction(em -> outbox.claim(id)).isPresent());
    }
}
