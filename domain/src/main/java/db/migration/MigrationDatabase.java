package db.migration;

import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;

/** Which database a Java migration runs on: the few statements that differ between H2 and PostgreSQL ask here. */
final class MigrationDatabase {

    private MigrationDatabase() {}

    static boolean isPostgres(Context context) throws SQLException {
        return context.getConnection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
