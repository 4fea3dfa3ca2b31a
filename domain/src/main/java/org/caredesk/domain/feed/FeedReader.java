package org.caredesk.domain.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reads the durable feed: what came after a sequence number, and where the feed stands. Each read
 * is its own short transaction, because the console follows the feed from a background thread
 * that has none.
 */
@ApplicationScoped
@Transactional
public class FeedReader {
    private final EntityManager entityManager;

    protected FeedReader() {
        this(null);
    }

    @Inject
    public FeedReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code max} events after {@code seq}, oldest first. */
    public List<FeedRecord> after(long seq, int max) {
        return entityManager
                .createNamedQuery(FeedEvent.AFTER, FeedEvent.class)
                .setParameter("seq", seq)
                .setMaxResults(max)
                .getResultStream()
                .map(e -> new FeedRecord(e.getSeq(), e.getType(), e.getAt(), e.getPayload()))
                .toList();
    }

    /** The sequence number of the newest committed event (0 when there is none). */
    public long head() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT last_seq FROM feed_counter WHERE id = 1")
                        .getSingleResult())
                .longValue();
    }
}
