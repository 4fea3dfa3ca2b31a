package org.caredesk.domain.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Configuration from the environment ({@code CAREDESK_*}) or the equivalent system properties
 * ({@code caredesk.*}, which win, so Payara Server and tests can set them without an environment).
 * Secrets are never read from files in the build.
 */
public record CareDeskSettings(
        Path dataDir,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        boolean demo,
        int anonymousLimitPerMinute) {

    public static CareDeskSettings fromEnvironment() {
        return from(environment());
    }

    /** Looks a setting such as CAREDESK_PORT up as the system property caredesk.port, then in the environment. */
    public static UnaryOperator<String> environment() {
        return name -> {
            String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
            return property != null ? property : System.getenv(name);
        };
    }

    /** Reads settings through {@code lookup}, which maps an environment name such as CAREDESK_PORT to its value. */
    public static CareDeskSettings from(UnaryOperator<String> lookup) {
        Path dataDir = Path.of(orDefault(lookup.apply("CAREDESK_DATA_DIR"), "data"))
                .toAbsolutePath()
                .normalize();
        String url = blankToNull(lookup.apply("CAREDESK_DB_URL"));
        String demoSetting = blankToNull(lookup.apply("CAREDESK_DEMO"));
        // The embedded default is a demo; a configured database is production unless asked otherwise.
        boolean demo = demoSetting == null ? url == null : Boolean.parseBoolean(demoSetting.trim());
        if (url == null) {
            url = embeddedUrl(dataDir);
        }
        int limit = parseLimit(lookup.apply("CAREDESK_ANON_LIMIT"));
        return new CareDeskSettings(
                dataDir,
                url,
                blankToNull(lookup.apply("CAREDESK_DB_USER")),
                blankToNull(lookup.apply("CAREDESK_DB_PASSWORD")),
                demo,
                limit);
    }

    /**
     * The embedded H2 in the data folder. No AUTO_SERVER: it opened a TCP listener on every interface;
     * both applications of this JVM share one in-process engine instead ({@link SharedEmbeddedDriver}).
     * WRITE_DELAY=0 writes every commit to the file before the commit returns, so a case answered 201
     * survives a killed JVM; DB_CLOSE_ON_EXIT=FALSE keeps H2 open for requests still finishing while
     * the JVM stops (the committed data is on disk already).
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("caredesk") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Staff sign-in through the organisation's OpenID Connect provider, when configured: issuer and client id
     * as every setting, the client secret from the process environment only.
     */
    public static java.util.Optional<OrganisationSignInSettings> organisationSignIn() {
        return OrganisationSignInSettings.from(environment(), System::getenv);
    }

    /** The same, read through {@code lookup} for everything (tests). */
    public static java.util.Optional<OrganisationSignInSettings> organisationSignIn(UnaryOperator<String> lookup) {
        return OrganisationSignInSettings.from(lookup, lookup);
    }

    public boolean embeddedDatabase() {
        return databaseUrl.startsWith("jdbc:h2:");
    }

    private static int parseLimit(String value) {
        if (value == null || value.isBlank()) {
            return 10;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("CAREDESK_ANON_LIMIT must be a whole number, got '" + value + "'");
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
