package org.caredesk.domain.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the durable feed from growing without end: events older than {@link #KEPT} are deleted.
 * A console that comes back after longer than that resumes from the oldest event still kept
 * (and reloads its lists anyway); docs/api.md promises resumes over this period.
 */
@ApplicationScoped
public class FeedRetention {
    public static final Duration KEPT = Duration.ofHours(48);

    private final EntityManager entityManager;
    private final Clock clock;

    protected FeedRetention() {
        this(null, null);
    }

    @Inject
    public FeedRetention(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Deletes the events older than the retention period; answers how many went. */
    @Transactional
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(KEPT);
        return entityManager
                .createQuery("DELETE FROM FeedEvent e WHERE e.at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
