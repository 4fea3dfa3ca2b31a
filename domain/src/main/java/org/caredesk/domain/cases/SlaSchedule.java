package org.caredesk.domain.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.team.BusinessCalendar;

/**
 * The two SLA times each case stores for the views (issue 21): {@code sla_due_at}, the nearest running
 * deadline (first response while unanswered, else resolution; far away once resolved), and
 * {@code sla_breach_at}, the moment after which the case counts as breached (a first answer that came
 * late keeps its breach). "Breached" is then {@code sla_breach_at < now} and the urgency order sorts by
 * {@code sla_due_at}: both on an index, where they were computed per row from the targets before.
 *
 * <p>The same rule twice: in Java for one case ({@link SupportCase#scheduleSla}) and in SQL for all of
 * them when the targets change ({@link #rescheduleAll}, also the migration's backfill). The SQL twin runs
 * the clocks around the clock; the cases of a team with business hours (or all of them, under a global
 * calendar) are then scheduled again in Java ({@link SlaTargets#rescheduleAll}), so that the views' breach
 * and order count the same working time as the clock on the case page ({@link SlaClock}).
 */
public final class SlaSchedule {
    /** What "no deadline" is stored as: NOT NULL keeps row-value keysets exact on both databases. */
    public static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private SlaSchedule() {}

    /** The nearest running deadline: first response while unanswered (when it comes first), else resolution. */
    static Instant dueAt(
            SlaTarget target,
            BusinessCalendar calendar,
            Instant createdAt,
            Instant firstResponseAt,
            Instant resolvedAt) {
        return resolvedAt != null ? NEVER : running(target, calendar, createdAt, firstResponseAt);
    }

    /** When the case breaches (or breached): its first answer's due time if that answer came late, else the running deadline. */
    static Instant breachAt(SlaTarget target, BusinessCalendar calendar, Instant createdAt, Instant firstResponseAt) {
        Instant responseDue = after(calendar, createdAt, target.firstResponseMinutes());
        if (firstResponseAt != null && firstResponseAt.isAfter(responseDue)) {
            return responseDue;
        }
        return running(target, calendar, createdAt, firstResponseAt);
    }

    private static Instant running(
            SlaTarget target, BusinessCalendar calendar, Instant createdAt, Instant firstResponseAt) {
        int minutes = firstResponseAt == null
                ? Math.min(target.firstResponseMinutes(), target.resolutionMinutes())
                : target.resolutionMinutes();
        return after(calendar, createdAt, minutes);
    }

    /** {@code minutes} of working time after {@code start}; a calendar without working time for years: never. */
    private static Instant after(BusinessCalendar calendar, Instant start, int minutes) {
        Instant due = calendar.plusWorkingTime(start, java.time.Duration.ofMinutes(minutes));
        return due.isAfter(NEVER) ? NEVER : due;
    }

    /**
     * One UPDATE that stores both times of every case from {@code targets} (every channel and priority
     * pair), the SQL twin of {@link SupportCase#scheduleSla}; H2 and PostgreSQL alike.
     */
    public static String rescheduleAll(List<SlaTarget> targets) {
        StringBuilder due = new StringBuilder("CASE WHEN resolved_at IS NOT NULL THEN ").append(literal(NEVER));
        StringBuilder breach = new StringBuilder("CASE");
        for (SlaTarget target : targets) {
            String pair = pair(target);
            int first = target.firstResponseMinutes();
            int running = Math.min(first, target.resolutionMinutes());
            String whileUnanswered = "created_at + INTERVAL '" + running + "' MINUTE";
            String resolution = "created_at + INTERVAL '" + target.resolutionMinutes() + "' MINUTE";
            due.append(" WHEN ")
                    .append(pair)
                    .append(" THEN CASE WHEN first_response_at IS NULL THEN ")
                    .append(whileUnanswered)
                    .append(" ELSE ")
                    .append(resolution)
                    .append(" END");
            breach.append(" WHEN ")
                    .append(pair)
                    .append(" THEN CASE WHEN first_response_at IS NULL THEN ")
                    .append(whileUnanswered)
                    .append(" WHEN first_response_at > created_at + INTERVAL '")
                    .append(first)
                    .append("' MINUTE THEN created_at + INTERVAL '")
                    .append(first)
                    .append("' MINUTE ELSE ")
                    .append(resolution)
                    .append(" END");
        }
        due.append(" ELSE ").append(literal(NEVER)).append(" END");
        breach.append(" ELSE ").append(literal(NEVER)).append(" END");
        return "UPDATE support_case SET sla_due_at = " + due + ", sla_breach_at = " + breach;
    }

    private static String pair(SlaTarget target) {
        Channel channel = Channel.fromWire(target.channel()).orElseThrow();
        CasePriority priority = CasePriority.valueOf(target.priority().toUpperCase(Locale.ROOT));
        return "(channel = '" + channel.name() + "' AND priority = '" + priority.name() + "')";
    }

    /** A timestamp literal both H2 and PostgreSQL read. */
    public static String literal(Instant instant) {
        return "TIMESTAMP WITH TIME ZONE '" + LITERAL.format(instant.atOffset(ZoneOffset.UTC)) + "+00:00'";
    }
}
