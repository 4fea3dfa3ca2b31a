package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.platform.SqlTimes;
import org.caredesk.domain.team.BusinessCalendar;
import org.caredesk.domain.team.WorkCalendars;

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
        WorkCalendars.Lookup calendars = new WorkCalendars(entityManager).lookup();
        return new Lookup() {
            @Override
            public SlaTarget target(String channel, String priority) {
                return stored.getOrDefault(key(channel, priority), defaultFor(channel, priority));
            }

            @Override
            public BusinessCalendar calendar(Long teamId) {
                return calendars.forTeam(teamId);
            }
        };
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
        int updated = entityManager
                .createNativeQuery(SlaSchedule.rescheduleAll(all()))
                .executeUpdate();
        rescheduleOnCalendars();
        return updated;
    }

    /**
     * The SQL above counts around the clock; the cases under business hours (a team's, or every case under
     * a global calendar) get their times again here, one row at a time, written only where they change.
     * Run when the targets change and when a calendar is saved or removed ({@link SlaCalendars}).
     */
    private void rescheduleOnCalendars() {
        @SuppressWarnings("unchecked")
        List<Object> scopes = entityManager
                .createNativeQuery("SELECT team_id FROM work_calendar")
                .getResultList();
        if (scopes.isEmpty()) {
            return;
        }
        boolean global = scopes.contains(null);
        List<Long> teams = scopes.stream()
                .filter(java.util.Objects::nonNull)
                .map(id -> ((Number) id).longValue())
                .toList();
        if (!global && teams.isEmpty()) {
            return;
        }
        Lookup lookup = lookup();
        String select = "SELECT id, channel, priority, team_id, created_at, first_response_at, resolved_at,"
                + " sla_due_at, sla_breach_at FROM support_case";
        var query = global
                ? entityManager.createNativeQuery(select)
                : entityManager.createNativeQuery(select + " WHERE team_id IN ("
                        + String.join(",", java.util.Collections.nCopies(teams.size(), "?")) + ")");
        for (int i = 0; !global && i < teams.size(); i++) {
            query.setParameter(i + 1, teams.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            Channel channel = Channel.valueOf((String) row[1]);
            String priority = ((String) row[2]).toLowerCase(Locale.ROOT);
            SlaTarget target = lookup.target(channel.wireName(), priority);
            BusinessCalendar calendar = lookup.calendar(row[3] == null ? null : ((Number) row[3]).longValue());
            Instant created = SqlTimes.instant(row[4]);
            Instant answered = SqlTimes.instant(row[5]);
            Instant resolved = SqlTimes.instant(row[6]);
            Instant due = SlaSchedule.dueAt(target, calendar, created, answered, resolved);
            Instant breach = SlaSchedule.breachAt(target, calendar, created, answered);
            if (!due.equals(SqlTimes.instant(row[7])) || !breach.equals(SqlTimes.instant(row[8]))) {
                entityManager
                        .createNativeQuery("UPDATE support_case SET sla_due_at = ?, sla_breach_at = ? WHERE id = ?")
                        .setParameter(1, due.atOffset(java.time.ZoneOffset.UTC))
                        .setParameter(2, breach.atOffset(java.time.ZoneOffset.UTC))
                        .setParameter(3, ((Number) row[0]).longValue())
                        .executeUpdate();
            }
        }
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

    /** The target for a channel and priority (wire names), and the calendar a team's clocks count on. */
    @FunctionalInterface
    public interface Lookup {
        SlaTarget target(String channel, String priority);

        /** The working time of {@code teamId}'s cases (null: cases in no team); around the clock unless set. */
        default BusinessCalendar calendar(Long teamId) {
            return BusinessCalendar.ALWAYS;
        }
    }
}
