package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caredesk.domain.contact.Channel;

/**
 * The SLA targets per channel and priority, as a supervisor set them; a pair never set uses the
 * priority's default. Read fresh from the database each time (a handful of rows), so a change made
 * on one instance holds on all of them at once.
 */
@ApplicationScoped
public class SlaTargets {
    private final EntityManager entityManager;

    protected SlaTargets() {
        this(null);
    }

    @Inject
    public SlaTargets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Defaults: minutes to first response and to resolution. */
    static SlaTarget defaultFor(String channel, String priority) {
        return switch (CasePriority.valueOf(priority.toUpperCase(Locale.ROOT))) {
            case URGENT -> new SlaTarget(channel, priority, 60, 8 * 60);
            case HIGH -> new SlaTarget(channel, priority, 4 * 60, 24 * 60);
            case NORMAL -> new SlaTarget(channel, priority, 8 * 60, 72 * 60);
            case LOW -> new SlaTarget(channel, priority, 24 * 60, 120 * 60);
        };
    }

    /** Every channel and priority pair, stored or default, channels in declaration order. */
    public List<SlaTarget> all() {
        return complete(stored().values());
    }

    /** Every channel and priority pair: {@code stored} where a supervisor set it, the default elsewhere. */
    public static List<SlaTarget> complete(java.util.Collection<SlaTarget> set) {
        Map<String, SlaTarget> stored = new HashMap<>();
        set.forEach(target -> stored.put(key(target.channel(), target.priority()), target));
        List<SlaTarget> all = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (CasePriority priority : CasePriority.values()) {
                String p = priority.name().toLowerCase(Locale.ROOT);
                all.add(stored.getOrDefault(key(channel.wireName(), p), defaultFor(channel.wireName(), p)));
            }
        }
        return all;
    }

    /** A lookup of all targets, for computing many clocks at once. */
    public Lookup lookup() {
        Map<String, SlaTarget> stored = stored();
        return (channel, priority) -> stored.getOrDefault(key(channel, priority), defaultFor(channel, priority));
    }

    /** Replaces the stored targets with {@code targets} (a supervisor's decision). */
    @Transactional
    public void save(List<SlaTarget> targets) {
        for (SlaTarget target : targets) {
            Channel.fromWire(target.channel())
                    .orElseThrow(() -> new IllegalArgumentException("unknown channel " + target.channel()));
            CasePriority.valueOf(target.priority().toUpperCase(Locale.ROOT));
        }
        entityManager.createNativeQuery("DELETE FROM sla_target").executeUpdate();
        for (SlaTarget target : targets) {
            entityManager
                    .createNativeQuery(
                            "INSERT INTO sla_target (channel, priority, first_response_minutes, resolution_minutes)"
                                    + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, target.channel())
                    .setParameter(2, target.priority())
                    .setParameter(3, target.firstResponseMinutes())
                    .setParameter(4, target.resolutionMinutes())
                    .executeUpdate();
        }
        rescheduleAll();
    }

    /**
     * Stores every case's SLA times again from the targets now in force (see {@link SlaSchedule}): one
     * UPDATE over all cases, resolved ones too (a saved view may ask for breached resolved cases).
     */
    @Transactional
    public int rescheduleAll() {
        return entityManager.createNativeQuery(SlaSchedule.rescheduleAll(all())).executeUpdate();
    }

    private Map<String, SlaTarget> stored() {
        Map<String, SlaTarget> stored = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT channel, priority, first_response_minutes, resolution_minutes FROM sla_target")
                // Targets change only through native statements, never pending: a case changed just before
                // (and scheduled after this read) is not flushed early by it.
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultList();
        for (Object[] row : rows) {
            SlaTarget target = new SlaTarget(
                    (String) row[0], (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue());
            stored.put(key(target.channel(), target.priority()), target);
        }
        return stored;
    }

    private static String key(String channel, String priority) {
        return channel + "/" + priority;
    }

    /** The target for a channel and priority (wire names). */
    @FunctionalInterface
    public interface Lookup {
        SlaTarget target(String channel, String priority);
    }
}
