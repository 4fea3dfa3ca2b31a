package org.caredesk.domain.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;

import java.time.Clock;

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
        entityManager.createNativeQuery("UPDATE feed_counter SET last_seq = last_seq + 1 WHERE id = 1").executeUpdate();
        long seq = ((Number) entityManager.createNativeQuery("SELECT last_seq FROM feed_counter WHERE id = 1")
                .getSingleResult()).longValue();
        entityManager.persist(new FeedEvent(seq, type, clock.instant(), jsonb.toJson(data)));
        return seq;
    }
}
