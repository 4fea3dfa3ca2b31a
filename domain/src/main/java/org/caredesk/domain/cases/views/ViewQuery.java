package org.caredesk.domain.cases.views;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.SlaTarget;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.contact.Channel;

/**
 * The SQL of one view (criteria without words): its WHERE clause with parameters, for a count and for a
 * page. Native SQL that runs on H2 and PostgreSQL alike: row-value keysets, ANSI intervals.
 *
 * <p>"Breached" and the urgency order depend on the supervisors' SLA targets per channel and priority:
 * each becomes one term per pair (about two dozen) comparing the creation time with a cut-off computed
 * here, so the database needs no knowledge of the targets.
 */
final class ViewQuery {
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final List<Object> parameters = new ArrayList<>();
    private static final java.time.format.DateTimeFormatter LITERAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");
    private final List<SlaTarget> targets;
    private final Instant now;

    ViewQuery(CaseCriteria criteria, String login, List<SlaTarget> targets, Instant now) {
        this.targets = List.copyOf(targets);
        this.now = now;
        if (!criteria.statuses().isEmpty()) {
            // Written into the SQL, not bound: statuses are checked against the enum (CaseCriteria), and
            // PostgreSQL uses a partial index ("WHERE status IN ('NEW', 'OPEN', 'PENDING')") only when it
            // can see the values; a generic plan for a prepared statement cannot.
            where.append(" AND c.status IN (");
            String sep = "";
            for (String status : criteria.statuses().stream().sorted().toList()) {
                where.append(sep)
                        .append('\'')
                        .append(CaseStatus.valueOf(status.toUpperCase(Locale.ROOT))
                                .name())
                        .append('\'');
                sep = ", ";
            }
            where.append(')');
        }
        if (criteria.channel() != null) {
            where.append(" AND c.channel = '")
                    .append(Channel.fromWire(criteria.channel()).orElseThrow().name())
                    .append('\'');
        }
        if (criteria.language() != null) {
            where.append(" AND c.language = ?");
            parameters.add(criteria.language());
        }
        if (criteria.product() != null) {
            where.append(" AND c.product_id IN (SELECT p.id FROM product p WHERE p.name = ?)");
            parameters.add(criteria.product());
        }
        String assignee = criteria.assigneeFor(login);
        if (CaseCriteria.UNASSIGNED.equals(assignee)) {
            where.append(" AND c.assignee_id IS NULL");
        } else if (assignee != null) {
            where.append(" AND c.assignee_id = (SELECT u.id FROM app_user u WHERE u.email = ?)");
            parameters.add(assignee.toLowerCase(Locale.ROOT));
        }
        if (criteria.sentiment() != null) {
            where.append(" AND c.sentiment = ?");
            parameters.add(criteria.sentiment());
        }
        if (criteria.hazard() != null) {
            where.append(" AND c.hazard = ?");
            parameters.add(criteria.hazard());
        }
        if (criteria.from() != null) {
            where.append(" AND c.created_at >= ?");
            parameters.add(criteria.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (criteria.to() != null) {
            where.append(" AND c.created_at < ?");
            parameters.add(criteria.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (criteria.breached()) {
            where.append(" AND ").append(breachCondition());
        }
    }

    /**
     * A case breaches when a running timer is past due, or its first answer came late: one term per
     * channel and priority. Cut-offs and minutes are written into the SQL (computed here from numbers,
     * never from what a user typed), so the same condition serves a WHERE clause and an ORDER BY.
     */
    String breachCondition() {
        StringBuilder sql = new StringBuilder("(");
        String sep = "";
        for (SlaTarget target : targets) {
            sql.append(sep)
                    .append('(')
                    .append(pair(target))
                    .append(" AND (c.created_at < ")
                    .append(literal(now.minusSeconds(60L * target.resolutionMinutes())))
                    .append(" OR (c.first_response_at IS NULL AND c.created_at < ")
                    .append(literal(now.minusSeconds(60L * target.firstResponseMinutes())))
                    .append(") OR c.first_response_at > c.created_at + INTERVAL '")
                    .append(target.firstResponseMinutes())
                    .append("' MINUTE))");
            sep = " OR ";
        }
        return sql.append(')').toString();
    }

    /** The nearest running deadline (first response while unanswered, then resolution); far away once resolved. */
    String nextDue() {
        StringBuilder sql = new StringBuilder("CASE WHEN c.resolved_at IS NOT NULL THEN ").append(literal(NEVER));
        for (SlaTarget target : targets) {
            int first = Math.min(target.firstResponseMinutes(), target.resolutionMinutes());
            sql.append(" WHEN ")
                    .append(pair(target))
                    .append(" THEN CASE WHEN c.first_response_at IS NULL THEN c.created_at + INTERVAL '")
                    .append(first)
                    .append("' MINUTE ELSE c.created_at + INTERVAL '")
                    .append(target.resolutionMinutes())
                    .append("' MINUTE END");
        }
        return sql.append(" ELSE ").append(literal(NEVER)).append(" END").toString();
    }

    private static String pair(SlaTarget target) {
        Channel channel = Channel.fromWire(target.channel()).orElseThrow();
        CasePriority priority = CasePriority.valueOf(target.priority().toUpperCase(Locale.ROOT));
        return "(c.channel = '" + channel.name() + "' AND c.priority = '" + priority.name() + "')";
    }

    /** A timestamp literal both H2 and PostgreSQL read. */
    static String literal(Instant instant) {
        return "TIMESTAMP WITH TIME ZONE '" + LITERAL.format(instant.atOffset(ZoneOffset.UTC)) + "+00:00'";
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
