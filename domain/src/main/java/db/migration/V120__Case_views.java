package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Views of the queue (issue 21): saved views, and the indexes their pages run on. A view pages by a
 * keyset on (sort column, id) among open cases; on PostgreSQL partial indexes hold only the open cases
 * (a small share of all cases after a few years), on H2, which has none, plain ones do the same job.
 */
public class V120__Case_views extends BaseJavaMigration {
    private static final String OPEN = " WHERE status IN ('NEW', 'OPEN', 'PENDING')";

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = MigrationDatabase.isPostgres(context);
        String open = postgres ? OPEN : "";
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE TABLE saved_view ("
                    + " id BIGINT PRIMARY KEY,"
                    + " owner_login VARCHAR(254) NOT NULL,"
                    + " team VARCHAR(100),"
                    + " name VARCHAR(80) NOT NULL,"
                    + " criteria VARCHAR(2000) NOT NULL,"
                    + " sort_key VARCHAR(20) NOT NULL,"
                    + " descending BOOLEAN NOT NULL,"
                    + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            sql.execute("CREATE INDEX saved_view_owner_ix ON saved_view (owner_login)");
            sql.execute("CREATE INDEX case_view_created_ix ON support_case (created_at, id)" + open);
            sql.execute("CREATE INDEX case_view_updated_ix ON support_case (updated_at, id)" + open);
            sql.execute("CREATE INDEX case_view_assignee_ix ON support_case (assignee_id, created_at, id)" + open);
            if (postgres) {
                sql.execute("CREATE INDEX case_view_number_ix ON support_case (id)" + open);
                sql.execute("CREATE INDEX case_view_hazard_ix ON support_case (created_at, id)" + open + " AND hazard");
            } else {
                sql.execute("CREATE INDEX case_view_hazard_ix ON support_case (hazard, created_at, id)");
            }
        }
    }
}
