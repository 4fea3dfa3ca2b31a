package org.caredesk.domain.feed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Phaser;

/**
 * Puts an event on the live feed inside the caller's transaction, so an event exists exactly
 * when the change it announces was committed. Sequence numbers come from one counter row that
 * the transaction keeps locked until it commits: events become visible in seq order, with no
 * gaps a reader could skip, across both web applications and every instance.
 */
@ApplicationScoped
public class FeedPublisher {
    private final EntityManager entityManager;
    private final Clock clock;
    private final Jsonb jsonb = JsonbBuilder.create();
    private volatile Phaser bell;
    private volatile Optional<GridBell> gridBell;

    /** Absent outside a container (the persistence tests): then nobody is rung, followers poll. */
    @Resource
    private TransactionSynchronizationRegistry transactions;

    protected FeedPublisher() {
        this(null, null);
    }

    @Inject
    public FeedPublisher(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records the event and returns its sequence number. Must run inside a transaction. */
    public long publish(String type, Object data) {
        entityManager
                .createNativeQuery("UPDATE feed_counter SET last_seq = last_seq + 1 WHERE id = 1")
                .executeUpdate();
        long seq = ((Number) entityManager
                        .createNativeQuery("SELECT last_seq FROM feed_counter WHERE id = 1")
                        .getSingleResult())
                .longValue();
        entityManager.persist(new FeedEvent(seq, type, clock.instant(), jsonb.toJson(data)));
        ringAfterCommit();
        return seq;
    }

    /** Followers in this JVM, and on the cluster's other members, hear of the event as soon as it is visible. */
    private void ringAfterCommit() {
        if (transactions == null
                || transactions.getTransactionKey() == null
                || transactions.getResource(Phaser.class) != null) {
            return; // no transaction manager, or this transaction rings already
        }
        if (bell == null) {
            bell = FeedBell.find();
        }
        if (gridBell == null) {
            gridBell = GridBell.find();
        }
        Phaser toRing = bell;
        Optional<GridBell> toTell = gridBell;
        transactions.putResource(Phaser.class, toRing);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    FeedBell.ring(toRing);
                    toTell.ifPresent(GridBell::ring);
                }
            }
        });
    }
}
