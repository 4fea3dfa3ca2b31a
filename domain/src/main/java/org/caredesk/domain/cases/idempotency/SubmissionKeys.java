package org.caredesk.domain.cases.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;

/** The stored keys: what an earlier submission with a key answered, and opening a case together with its key. */
@ApplicationScoped
public class SubmissionKeys {
    /** How long a key answers the same case (docs/api.md: 24 h). */
    static final Duration LIFETIME = Duration.ofHours(24);

    private final EntityManager entityManager;
    private final CaseIntake intake;
    private final Clock clock;

    protected SubmissionKeys() {
        this(null, null, null);
    }

    @Inject
    public SubmissionKeys(EntityManager entityManager, CaseIntake intake, Clock clock) {
        this.entityManager = entityManager;
        this.intake = intake;
        this.clock = clock;
    }

    /** The receipt of the case this key opened within the last 24 h, with the case's current status. */
    @Transactional
    public Optional<CaseReceipt> replay(IdempotencyKey key) {
        SubmissionKey stored = entityManager.find(SubmissionKey.class, key.lookupHash());
        if (stored == null || stored.getCreatedAt().isBefore(clock.instant().minus(LIFETIME))) {
            return Optional.empty();
        }
        SupportCase supportCase = stored.getSupportCase();
        entityManager.refresh(supportCase);
        return key.unseal(stored.getSealedCode())
                .map(code -> new CaseReceipt(
                        supportCase.getCaseNumber(),
                        code,
                        supportCase.getStatus().wireName()));
    }

    /**
     * Opens the case and records the key in one transaction; a concurrent submission with the same key
     * fails on the key's primary key and rolls back whole, so at most one case exists per key.
     */
    @Transactional
    public CaseReceipt submitOnce(CaseSubmission submission, Channel channel, Long customerId, IdempotencyKey key) {
        Instant now = clock.instant();
        String hash = key.lookupHash();
        // An expired key may be used again: its old row goes first.
        entityManager
                .createQuery("DELETE FROM SubmissionKey k WHERE k.keyHash = :h AND k.createdAt < :expired")
                .setParameter("h", hash)
                .setParameter("expired", now.minus(LIFETIME))
                .executeUpdate();
        CaseReceipt receipt = intake.submit(submission, channel, customerId);
        SupportCase supportCase = entityManager
                .createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                .setParameter("number", receipt.caseNumber())
                .getSingleResult();
        entityManager.persist(new SubmissionKey(hash, supportCase, key.seal(receipt.trackingCode()), now));
        entityManager.flush();
        return receipt;
    }

    /** Keys older than their lifetime answer nothing; this removes them (run now and then). */
    @Transactional
    public int purgeExpired() {
        return entityManager
                .createQuery("DELETE FROM SubmissionKey k WHERE k.createdAt < :expired")
                .setParameter("expired", clock.instant().minus(LIFETIME))
                .executeUpdate();
    }
}
