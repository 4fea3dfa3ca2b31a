package org.caredesk.domain.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}. Safe to run
 * from both web applications and from several instances: Flyway takes a lock and skips what
 * is already applied.
 */
public final class SchemaMigrator {

    private SchemaMigrator() {}

    /** Migrates and returns the number of migrations applied now. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
