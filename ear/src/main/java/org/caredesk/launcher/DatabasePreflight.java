package org.caredesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens one connection with the configured settings before Payara starts, using the JDBC
 * drivers packed in this jar, so that a wrong URL, host, database or password is one line on
 * the console rather than a failed deployment buried in a stack trace.
 */
final class DatabasePreflight {
    private static final List<String> DRIVER_JARS = List.of("h2.jar", "postgresql.jar");

    private DatabasePreflight() {}

    /** Null when the database can be used; otherwise what is wrong, in one line. */
    static String problem(LaunchSettings settings) {
        if (settings.databaseUrl() == null) {
            return null; // the embedded H2 is created on first use in the data folder, checked writable
        }
        String url = settings.databaseUrl();
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            return "CAREDESK_DB_URL must be a jdbc:postgresql://host:port/database or jdbc:h2: URL, got '"
                    + settings.redactedDatabaseUrl() + "'";
        }
        try (URLClassLoader drivers = driverLoader()) {
            Driver driver = null;
            for (Driver candidate : ServiceLoader.load(Driver.class, drivers)) {
                if (candidate.acceptsURL(url)) {
                    driver = candidate;
                    break;
                }
            }
            if (driver == null) {
                return "No JDBC driver accepts CAREDESK_DB_URL '" + settings.redactedDatabaseUrl() + "'";
            }
            Properties credentials = new Properties();
            if (settings.databaseUser() != null) {
                credentials.setProperty("user", settings.databaseUser());
            }
            if (settings.databasePassword() != null) {
                credentials.setProperty("password", settings.databasePassword());
            }
            credentials.setProperty("connectTimeout", "10");
            try (Connection connection = driver.connect(url, credentials)) {
                if (connection == null) {
                    return "The JDBC driver refused CAREDESK_DB_URL '" + settings.redactedDatabaseUrl() + "'";
                }
            }
            return null;
        } catch (SQLException e) {
            return "cannot connect to the database " + settings.redactedDatabaseUrl() + ": "
                    + firstLine(e.getMessage());
        } catch (IOException e) {
            return "cannot read the JDBC drivers packed in caredesk.jar: " + e.getMessage();
        }
    }

    private static URLClassLoader driverLoader() throws IOException {
        Path folder = Files.createTempDirectory("caredesk-drivers");
        folder.toFile().deleteOnExit();
        List<URL> urls = new ArrayList<>();
        for (String jar : DRIVER_JARS) {
            try (InputStream in = DatabasePreflight.class.getResourceAsStream("/META-INF/caredesk/drivers/" + jar)) {
                if (in == null) {
                    throw new IOException(jar + " is missing");
                }
                Path target = folder.resolve(jar);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().deleteOnExit();
                urls.add(target.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
