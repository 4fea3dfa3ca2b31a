package org.caredesk.domain.platform;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CareDeskSettingsTest {

    private static CareDeskSettings settings(Map<String, String> env) {
        return CareDeskSettings.from(env::get);
    }

    @Test
    void theDefaultIsADemoOnEmbeddedH2InTheDataFolder() {
        CareDeskSettings settings = settings(Map.of("CAREDESK_DATA_DIR", "/tmp/cd"));
        assertEquals(Path.of("/tmp/cd"), settings.dataDir());
        assertEquals("jdbc:h2:file:/tmp/cd/db/caredesk;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", settings.databaseUrl());
        assertTrue(settings.demo());
        assertTrue(settings.embeddedDatabase());
        assertEquals(10, settings.anonymousLimitPerMinute());
    }

    @Test
    void aConfiguredDatabaseIsProductionUnlessDemoIsAskedFor() {
        Map<String, String> env = Map.of(
                "CAREDESK_DB_URL",
                "jdbc:postgresql://db:5432/caredesk",
                "CAREDESK_DB_USER",
                "cd",
                "CAREDESK_DB_PASSWORD",
                "secret");
        CareDeskSettings production = settings(env);
        assertFalse(production.demo());
        assertFalse(production.embeddedDatabase());
        assertEquals("cd", production.databaseUser());
        assertEquals("secret", production.databasePassword());

        var withDemo = new java.util.HashMap<>(env);
        withDemo.put("CAREDESK_DEMO", "true");
        assertTrue(settings(withDemo).demo());
    }

    @Test
    void aLimitThatIsNotANumberIsReportedPlainly() {
        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> settings(Map.of("CAREDESK_ANON_LIMIT", "lots")));
        assertEquals("CAREDESK_ANON_LIMIT must be a whole number, got 'lots'", error.getMessage());
        assertEquals(0, settings(Map.of("CAREDESK_ANON_LIMIT", "0")).anonymousLimitPerMinute());
    }

    @Test
    void aWrongDatabaseUrlIsOneClearLine() {
        String problem = DatabaseCheck.problem(settings(Map.of("CAREDESK_DB_URL", "mysql://localhost/x")));
        assertEquals(
                "CAREDESK_DB_URL must be a jdbc:postgresql:// or jdbc:h2: URL, got 'mysql://localhost/x'", problem);
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineWithoutThePassword() {
        String problem = DatabaseCheck.problem(settings(
                Map.of("CAREDESK_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter2&connectTimeout=2")));
        assertNotNull(problem);
        assertTrue(
                problem.startsWith("Cannot use the database jdbc:postgresql://127.0.0.1:1/nowhere?password=***"),
                problem);
        assertFalse(problem.contains("hunter2"));
        assertFalse(problem.contains("\n"));
    }
}
