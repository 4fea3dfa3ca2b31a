package org.caredesk.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * caredesk.ear deployed on a full Payara Server answers on its three entry points. Run by the
 * {@code payara-server} profile of the ear module, which starts the domain and deploys the EAR before
 * and stops it after; skipped anywhere else (no {@code caredesk.payara.url}).
 */
@EnabledIfSystemProperty(named = "caredesk.payara.url", matches = ".+")
class EarOnPayaraServerIT {
    /** asadmin deploy returns once the application has started; this only covers the last moments. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("caredesk.payara.readySeconds", 90));

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static String base;
    private static Instant deadline;
    private static volatile boolean failed;

    @RegisterExtension
    static final TestWatcher LOG_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    };

    @BeforeAll
    static void deployed() {
        base = System.getProperty("caredesk.payara.url").replaceAll("/+$", "");
        String deploy = read(System.getProperty("caredesk.payara.deployLog"));
        if (!deploy.contains("Command deploy executed successfully")) {
            printDiagnostics();
            fail("asadmin deploy of caredesk.ear did not succeed (full output in "
                    + System.getProperty("caredesk.payara.deployLog") + "):\n" + head(deploy, 12));
        }
        deadline = Instant.now().plus(READY_WITHIN);
    }

    @AfterAll
    static void diagnostics() {
        if (failed) {
            printDiagnostics();
        }
    }

    @Test
    void portalAnswersAtTheRoot() {
        expect("/", body -> body.contains("CareDesk"), "a page that names CareDesk");
    }

    @Test
    void consoleLoginPageAnswers() {
        expect("/console/login.xhtml", body -> true, "the console's login page");
    }

    @Test
    void healthIsUp() {
        expect("/health", body -> body.contains("\"UP\""), "status UP");
    }

    /** Polls {@code path} until it answers 200 with a body that {@code ok} accepts, or the deadline passes. */
    private static void expect(String path, Predicate<String> ok, String what) {
        URI uri = URI.create(base + path);
        String last = "no answer";
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200 && ok.test(response.body())) {
                    return;
                }
                last = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while polling " + uri);
            }
            if (Instant.now().isAfter(deadline)) {
                fail("GET " + uri + " did not give 200 with " + what + " within " + READY_WITHIN.toSeconds()
                        + " s; last: " + last);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while polling " + uri);
            }
        }
    }

    private static void printDiagnostics() {
        System.out.println("---- asadmin start-domain ----\n"
                + read(System.getProperty("caredesk.payara.startLog")).strip());
        System.out.println(
                "---- asadmin deploy ----\n" + head(read(System.getProperty("caredesk.payara.deployLog")), 40));
        String log = System.getProperty("caredesk.payara.serverLog");
        System.out.println("---- last 150 lines of " + log + " ----\n" + tail(log, 150));
    }

    private static String tail(String file, int lines) {
        try {
            List<String> all = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read: " + e + ")";
        }
    }

    private static String head(String text, int lines) {
        List<String> all = text.strip().lines().toList();
        return all.size() <= lines
                ? String.join("\n", all)
                : String.join("\n", all.subList(0, lines)) + "\n... (" + (all.size() - lines) + " more lines)";
    }

    private static String read(String file) {
        try {
            return file == null ? "" : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
