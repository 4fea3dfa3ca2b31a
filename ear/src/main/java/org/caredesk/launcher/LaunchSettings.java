package org.caredesk.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The CAREDESK_* environment as the launcher needs it, checked so that mistakes are reported plainly. */
record LaunchSettings(
        int port,
        Path dataDir,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        GridSettings grid,
        Duration startupTimeout) {

    static LaunchSettings fromEnvironment(UnaryOperator<String> env) {
        int port = parsePort(env.apply("CAREDESK_PORT"));
        Path dataDir = Path.of(value(env.apply("CAREDESK_DATA_DIR"), "data"))
                .toAbsolutePath()
                .normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(
                    "CAREDESK_DATA_DIR " + dataDir + " cannot be created: " + e.getMessage());
        }
        if (!Files.isWritable(dataDir)) {
            throw new IllegalArgumentException("CAREDESK_DATA_DIR " + dataDir + " is not writable");
        }
        ownerOnly(dataDir);
        String url = blankToNull(env.apply("CAREDESK_DB_URL"));
        if (url == null
                && env.apply("CAREDESK_DB_USER") != null
                && !env.apply("CAREDESK_DB_USER").isBlank()) {
            throw new IllegalArgumentException("CAREDESK_DB_USER is set but CAREDESK_DB_URL is missing");
        }
        GridSettings grid = GridSettings.fromEnvironment(env);
        long timeout = Long.parseLong(value(env.apply("CAREDESK_STARTUP_TIMEOUT"), "180"));
        return new LaunchSettings(
                port,
                dataDir,
                url,
                blankToNull(env.apply("CAREDESK_DB_USER")),
                blankToNull(env.apply("CAREDESK_DB_PASSWORD")),
                grid,
                Duration.ofSeconds(timeout));
    }

    /**
     * The data folder holds the embedded database (customers, password hashes) and the indexes: no
     * other local user may read it, whatever the umask made of it.
     */
    private static void ownerOnly(Path dataDir) {
        try {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(
                    "CAREDESK_DATA_DIR " + dataDir + " cannot be made private: " + e.getMessage());
        }
    }

    boolean embeddedDatabase() {
        return databaseUrl == null || databaseUrl.startsWith("jdbc:h2:");
    }

    /** The URL the applications will use: the configured one, or the embedded H2 in the data folder. */
    String effectiveDatabaseUrl() {
        return databaseUrl != null
                ? databaseUrl
                : "jdbc:h2:file:" + dataDir.resolve("db").resolve("caredesk") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    String redactedDatabaseUrl() {
        return effectiveDatabaseUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    List<String> payaraArguments() {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
        args.addAll(grid.payaraArguments());
        return args;
    }

    private static int parsePort(String value) {
        String text = value(value, "8080");
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("CAREDESK_PORT must be a port number from 1 to 65535, got '" + text + "'");
    }

    private static String value(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
