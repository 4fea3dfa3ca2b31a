package org.caredesk.domain.persistence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.platform.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test class: an in-memory H2, or a new schema in the
 * PostgreSQL at {@code caredesk.test.pg.url} (127.0.0.1:5432/test by default), dropped afterwards.
 *
 * <p>The one harness of the persistence contracts: each {@code *Contract} class is a JUnit parameterized class
 * over {@link Kind}, so that every contract runs on both databases without a subclass per database.
 */
final class TestDatabase implements AutoCloseable {
    /** The databases CareDesk supports, as a contract's parameter ("on H2", "on PostgreSQL"). */
    enum Kind {
        H2("H2") {
            @Override
            TestDatabase open() {
                return h2();
            }
        },
        POSTGRESQL("PostgreSQL") {
            /** Skips the contract on PostgreSQL, and says so, when the tests' server does not answer. */
            @Override
            TestDatabase open() {
                boolean reachable = postgresReachable();
                if (!reachable) {
                    System.out.println("PostgreSQL at " + postgresUrl() + " is not reachable: skipped");
                }
                Assumptions.assumeTrue(reachable, "PostgreSQL at " + postgresUrl() + " is not reachable");
                return postgres();
            }
        };

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        abstract TestDatabase open();

        @Override
        public String toString() {
            return label;
        }
    }

    private final String name;
    private final String url;
    private final DataSource dataSource;
    private final String schema;

    private TestDatabase(String name, String url, DataSource dataSource, String schema) {
        this.name = name;
        this.url = url;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    static TestDatabase h2() {
        String url = "jdbc:h2:mem:caredesk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return migrated(new TestDatabase("H2", url, dataSource, null));
    }

    static String postgresUrl() {
        return System.getProperty("caredesk.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    /** Whether the PostgreSQL server of the tests accepts connections. */
    static boolean postgresReachable() {
        URI uri = URI.create(postgresUrl().substring("jdbc:".length()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static TestDatabase postgres() {
        String schema =
                "cd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(System.getProperty("caredesk.test.pg.user", "postgres"));
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + " in " + postgresUrl(), e);
        }
        return migrated(new TestDatabase("PostgreSQL", url, dataSource, schema));
    }

    private static TestDatabase migrated(TestDatabase database) {
        SchemaMigrator.migrate(database.dataSource);
        return database;
    }

    String name() {
        return name;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Settings as the application would read them for this database. */
    CareDeskSettings settings() {
        return CareDeskSettings.from(
                key -> Map.of("CAREDESK_DB_URL", url, "CAREDESK_DATA_DIR", System.getProperty("java.io.tmpdir"))
                        .get(key.toUpperCase(Locale.ROOT)));
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection connection = dataSource.getConnection()) {
                connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
