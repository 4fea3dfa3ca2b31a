package org.caredesk.domain.cases.views;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.SlaSchedule;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.contact.Channel;

/**
 * The SQL of one view (criteria without words): its WHERE clause with parameters, for a count and for a
 * page. Native SQL that runs on H2 and PostgreSQL alike: row-value keysets, ANSI intervals.
 *
 * <p>"Breached" and the urgency order read the SLA times each case stores ({@link SlaSchedule}), kept
 * current by the domain from the supervisors' targets: no per-row computation, so both run on indexes.
 */
final class ViewQuery {
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final List<Object> parameters = new ArrayList<>();
    private final Instant now;

    ViewQuery(CaseCriteria criteria, String login, Instant now) {
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
     * A case breaches once its stored breach time has passed: a running timer past due, or a first answer
     * that came late (see {@link SlaSchedule}). A range on an index of open cases.
     */
    String breachCondition() {
        return "c.sla_breach_at < " + SlaSchedule.literal(now);
    }

    /** The complement of {@link #breachCondition()} (the column is never null). */
    String notBreachedCondition() {
        return "c.sla_breach_at >= " + SlaSchedule.literal(now);
    }

    /** The nearest running deadline, stored per case; far away once resolved. */
    String nextDue() {
        return "c.sla_due_at";
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
