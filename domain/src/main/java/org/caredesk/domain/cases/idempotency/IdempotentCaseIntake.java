package org.caredesk.domain.cases.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.contact.Channel;

/**
 * Opens a case at most once per idempotency key: the same key from the same client within 24 h answers
 * the case it opened first, so a double click, a retried request or a resent form never makes a second case.
 */
@ApplicationScoped
public class IdempotentCaseIntake {
    /** A racing twin waits for the first submission's transaction, which holds the feed's lock only briefly. */
    private static final int RACE_LOOKUPS = 50;

    private static final long RACE_PAUSE_MILLIS = 100;

    private final CaseIntake intake;
    private final SubmissionKeys keys;

    protected IdempotentCaseIntake() {
        this(null, null);
    }

    @Inject
    public IdempotentCaseIntake(CaseIntake intake, SubmissionKeys keys) {
        this.intake = intake;
        this.keys = keys;
    }

    /** What was answered, and whether it is the answer to an earlier submission with the same key. */
    public record Outcome(CaseReceipt receipt, boolean replayed) {}

    /** The answer an earlier submission with this key got, if any (checked before rate limits: a retry is not a new case). */
    public Optional<Outcome> replay(IdempotencyKey key) {
        return keys.replay(key).map(receipt -> new Outcome(receipt, true));
    }

    /** Opens the case; {@code key} null means the client sent none, and every call opens a case. */
    public Outcome submit(CaseSubmission submission, Channel channel, Long customerId, IdempotencyKey key) {
        if (key == null) {
            return new Outcome(intake.submit(submission, channel, customerId), false);
        }
        Optional<CaseReceipt> earlier = keys.replay(key);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        try {
            return new Outcome(keys.submitOnce(submission, channel, customerId, key), false);
        } catch (RuntimeException raced) {
            // Most likely a twin with the same key committed first: answer its case.
            return new Outcome(awaitTwin(key).orElseThrow(() -> raced), true);
        }
    }

    private Optional<CaseReceipt> awaitTwin(IdempotencyKey key) {
        for (int i = 0; i < RACE_LOOKUPS; i++) {
            Optional<CaseReceipt> twin = keys.replay(key);
            if (twin.isPresent()) {
                return twin;
            }
            try {
                Thread.sleep(RACE_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
