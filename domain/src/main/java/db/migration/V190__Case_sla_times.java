package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.domain.cases.SlaSchedule;
import org.caredesk.domain.cases.SlaTarget;
import org.caredesk.domain.cases.SlaTargets;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Each case stores its SLA times (issue 21's view refresh): {@code sla_due_at}, the nearest running
 * deadline, and {@code sla_breach_at}, when it counts as breached; filled here from the targets in force
 * (stored or default), by the same UPDATE a change of targets runs. The views' urgency order and the
 * "breached" view read them on indexes of open cases instead of computing about two dozen terms per row.
 */
public class V190__Case_sla_times extends BaseJavaMigration {
    private static final String OPEN = " WHERE status IN ('NEW', 'OPEN', 'PENDING')";

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = MigrationDatabase.isPostgres(context);
        String never = SlaSchedule.literal(SlaSchedule.NEVER);
        try (Statement sql = context.getConnection().createStatement()) {
            for (String column : List.of("sla_due_at", "sla_breach_at")) {
                sql.execute("ALTER TABLE support_case ADD COLUMN " + column + " TIMESTAMP WITH TIME ZONE DEFAULT "
                        + never + " NOT NULL");
            }
            List<SlaTarget> stored = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(
                    "SELECT channel, priority, first_response_minutes, resolution_minutes FROM sla_target")) {
                while (rows.next()) {
                    stored.add(new SlaTarget(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4)));
                }
            }
            sql.executeUpdate(SlaSchedule.rescheduleAll(SlaTargets.complete(stored)));
            if (postgres) {
                // The urgency order after the breached/not split (see CaseViews): hazard, negative sentiment,
                // deadline, age, id; and "breached" as a range.
                sql.execute("CREATE INDEX case_view_urgency_ix ON support_case"
                        + " ((CASE WHEN hazard THEN 0 ELSE 1 END), (CASE WHEN sentiment = 'negative' THEN 0 ELSE 1 END),"
                        + " sla_due_at, created_at, id)" + OPEN);
                sql.execute("CREATE INDEX case_view_breach_ix ON support_case (sla_breach_at)" + OPEN);
            } else {
                sql.execute("CREATE INDEX case_view_urgency_ix ON support_case (sla_due_at, created_at, id)");
                sql.execute("CREATE INDEX case_view_breach_ix ON support_case (sla_breach_at)");
            }
        }
    }
}
