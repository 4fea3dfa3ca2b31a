package org.caredesk.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Who does the work that must happen once however many instances run (the early-warning scan, the
 * feed's retention): the holder of the duty's lease in the database. A scheduled task asks
 * {@link #claim} before each run; the holder renews its lease, another instance gets it only once it
 * has run out, so when the holder dies (even by {@code kill -9}) a survivor takes the duty over
 * within one lease. The database is the one thing every instance shares, grid or not.
 */
@ApplicationScoped
public class DutyLeases {
    public static final String EARLY_WARNING_SCAN = "early-warning-scan";
    public static final String FEED_RETENTION = "feed-retention";
    public static final String AUTOMATION = "automation";
    public static final String SLA_WATCH = "sla-watch";
    public static final String WEBHOOK_DELIVERY = "webhook-delivery";

    private final EntityManager em;
    private final Clock clock;
    private final String holder;

    protected DutyLeases() {
        this(null, null, null);
    }

    @Inject
    public DutyLeases(EntityManager em, Clock clock) {
        this(
                em,
                clock,
                ProcessHandle.current().pid() + "-"
                        + UUID.randomUUID().toString().substring(0, 8));
    }

    public DutyLeases(EntityManager em, Clock clock, String holder) {
        this.em = em;
        this.clock = clock;
        this.holder = holder;
    }

    /** True when this holder has the duty for {@code lease} from now: it had it already, or nobody's lease runs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String duty, Duration lease) {
        Instant now = clock.instant();
        return em.createNativeQuery("UPDATE duty_lease SET holder = ?1, expires_at = ?2"
                                + " WHERE name = ?3 AND (holder = ?1 OR expires_at < ?4)")
                        .setParameter(1, holder)
                        .setParameter(2, now.plus(lease).atOffset(ZoneOffset.UTC))
                        .setParameter(3, duty)
                        .setParameter(4, now.atOffset(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    /** Gives the duty up at once (a clean stop), so another instance need not wait for the lease to run out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String duty) {
        em.createNativeQuery("UPDATE duty_lease SET holder = NULL, expires_at = ?1 WHERE name = ?2 AND holder = ?3")
                .setParameter(1, clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC))
                .setParameter(2, duty)
                .setParameter(3, holder)
                .executeUpdate();
    }

    public String holder() {
        return holder;
    }
}
