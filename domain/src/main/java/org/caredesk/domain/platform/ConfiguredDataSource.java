package org.caredesk.domain.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's database, chosen by {@link CareDeskSettings} at run time: embedded H2 by
 * default, PostgreSQL when CAREDESK_DB_URL names one. The container pools the connections; this
 * class only opens them, picking the JDBC driver that accepts the URL, because a data source
 * declaration's driver class cannot be a placeholder.
 */
public class ConfiguredDataSource implements DataSource {
    private final CareDeskSettings settings;
    private final Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** The container creates the data source this way: settings from the environment. */
    public ConfiguredDataSource() {
        this(CareDeskSettings.fromEnvironment());
    }

    public ConfiguredDataSource(CareDeskSettings settings) {
        this.settings = settings;
        Driver found = findDriver(settings.databaseUrl());
        this.driver = settings.embeddedDatabase() && !settings.databaseUrl().startsWith("jdbc:h2:mem:")
                ? SharedEmbeddedDriver.forJvm(found)
                : found;
    }

    private static Driver findDriver(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // a driver that cannot judge the URL is not the one we want
            }
        }
        throw new IllegalStateException("No JDBC driver for CAREDESK_DB_URL '" + DatabaseCheck.redact(url)
                + "': use a jdbc:postgresql:// or jdbc:h2: URL");
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties properties = new Properties();
        if (settings.databaseUser() != null) {
            properties.setProperty("user", settings.databaseUser());
        }
        if (settings.databasePassword() != null) {
            properties.setProperty("password", settings.databasePassword());
        }
        Connection connection = driver.connect(settings.databaseUrl(), properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused " + DatabaseCheck.redact(settings.databaseUrl()));
        }
        return connection;
    }

    /** The container may pass the declaration's (empty) credentials: the environment's win. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    // Properties a container may set from a data source declaration; the environment decides instead.
    public void setUrl(String url) {
        // deliberately ignored: see class comment
    }

    public void setUser(String user) {
        // deliberately ignored
    }

    public void setPassword(String password) {
        // deliberately ignored
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
