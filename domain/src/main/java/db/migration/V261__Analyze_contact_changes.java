package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives PostgreSQL's planner statistics on V260's {@code contact.changed_at} (empty on every older row) so that
 * the sentiment roll-up's "changed since" query uses its index from the start instead of reading every contact
 * until autovacuum gets round to it. H2 needs nothing.
 */
public class V261__Analyze_contact_changes extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        if (MigrationDatabase.isPostgres(context)) {
            try (Statement analyze = context.getConnection().createStatement()) {
                analyze.execute("ANALYZE contact (changed_at)");
            }
        }
    }
}
