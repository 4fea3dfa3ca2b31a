package org.caredesk.domain.platform;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Tells in one line what is wrong with the database settings, before anything else needs them.
 */
public final class DatabaseCheck {

    private DatabaseCheck() {}

    /** Null when a connection can be opened and used; otherwise one line saying what is wrong. */
    public static String problem(CareDeskSettings settings) {
        String url = settings.databaseUrl();
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            return "CAREDESK_DB_URL must be a jdbc:postgresql:// or jdbc:h2: URL, got '" + redact(url) + "'";
        }
        try (Connection connection = new ConfiguredDataSource(settings).getConnection()) {
            connection.isValid(5);
            return null;
        } catch (SQLException | IllegalStateException e) {
            return "Cannot use the database " + redact(url) + ": " + firstLine(e.getMessage());
        }
    }

    /** The URL without any password it may carry. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
