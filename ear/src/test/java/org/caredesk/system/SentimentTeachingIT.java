package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Agents teach the sentiment model: they correct contacts' tags, a supervisor retrains from the
 * corpus plus the corrections, switches the new model on (both applications follow: the console's
 * analyze endpoint and the portal's case intake) and rolls it back. The retraining uses a reduced
 * corpus ({@code corpusLimit=300} lines per language) so that it takes seconds, not a minute; the
 * console's button trains on the whole corpus.
 */
@ExtendWith(RunningCareDesk.class)
class SentimentTeachingIT {
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    private static final String AS_SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private static final String AS_ALICE = basic(ALICE, ALICE_PASSWORD);
    private static final String CONTACTS = "/console/api/v1/tagged-contacts";
    private static final String MODELS = "/console/api/v1/sentiment-models";
    /**
     * Made-up words no corpus line uses: only the agents' corrections can teach what they mean. The
     * ordinary words around them keep the text unmistakably English; "the zimbrel quaffled the
     * grommox" alone was taken for Italian with about one random marker in seven, and its
     * corrections then trained the Italian model instead.
     */
    private static final String ODD = "this is what the zimbrel did to the grommox today";

    private final CareDesk app;
    private final Api api;

    SentimentTeachingIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @Test
    void correctionsRetrainSwitchOnAndRollBack() {
        assertNotEquals(
                "positive", analyzed(ODD), "precondition: the bundled model does not call the odd text positive");
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            api.createCaseAsAlice("Zimbrel " + i, ODD + " " + marker + " " + i);
        }
        for (JsonValue line : json(api.get(CONTACTS + "?limit=200", AS_AGENT)).asJsonArray()) {
            if (line.asJsonObject().getString("excerpt").contains(marker)) {
                ids.add(line.asJsonObject().getJsonNumber("id").longValue());
            }
        }
        assertEquals(12, ids.size(), "the new contacts are listed for agents");

        for (long id : ids) {
            JsonObject corrected =
                    object(correct(id, "{\"kind\":\"sentiment\",\"value\":\"positive\"}", AS_AGENT, 200));
            assertEquals("positive", corrected.getString("sentiment"));
            assertEquals(
                    AGENT,
                    corrected.getJsonArray("corrections").getJsonObject(0).getString("correctedBy"));
        }
        long first = ids.get(0);
        JsonObject withFire = object(correct(first, "{\"kind\":\"add-hazard\",\"value\":\"fire\"}", AS_AGENT, 200));
        assertTrue(withFire.getJsonArray("hazards").stream()
                .anyMatch(h -> h.asJsonObject().getString("category").equals("fire")));
        assertError(correct(first, "{\"kind\":\"add-hazard\",\"value\":\"fire\"}", AS_AGENT, 409), 409, "conflict");
        JsonObject withoutFire =
                object(correct(first, "{\"kind\":\"remove-hazard\",\"value\":\"fire\"}", AS_AGENT, 200));
        assertTrue(withoutFire.getJsonArray("hazards").stream()
                .noneMatch(h -> h.asJsonObject().getString("category").equals("fire")));
        assertEquals(
                3,
                object(api.get(CONTACTS + "/" + first, AS_AGENT))
                        .getJsonArray("corrections")
                        .size());

        // Training needs a supervisor.
        assertError(post(MODELS, AS_AGENT), 403, "forbidden");
        int before = object(api.get(MODELS, AS_SUPERVISOR)).getInt("activeVersion");
        Instant started = Instant.now();
        HttpResponse<String> accepted = post(MODELS + "?corpusLimit=300", AS_SUPERVISOR);
        assertEquals(202, accepted.statusCode(), accepted.body());
        int version = object(accepted).getInt("version");
        JsonObject trained = awaitTrained(version, Duration.ofMinutes(5));
        System.out.printf(
                "SentimentTeachingIT: model %d (corpus 300 lines per language + %d corrections) trained in %d s%n",
                version,
                trained.getInt("corrections"),
                Duration.between(started, Instant.now()).toSeconds());
        assertEquals("ready", trained.getString("status"), trained.toString());
        assertEquals(100, trained.getInt("progress"));
        assertTrue(trained.getInt("corrections") >= 12, trained.toString());
        for (String figures : List.of("figures", "currentFigures")) {
            double macroF1 =
                    trained.getJsonObject(figures).getJsonNumber("enMacroF1").doubleValue();
            assertTrue(macroF1 > 0.3 && macroF1 <= 1, figures + ": " + trained);
        }

        JsonObject on = object(post(MODELS + "/" + version + "/activation", AS_SUPERVISOR));
        assertEquals(version, on.getInt("activeVersion"));
        assertEquals(before, on.getInt("rollbackTo"));
        assertError(post(MODELS + "/" + version + "/activation", AS_SUPERVISOR), 409, "conflict");
        assertEquals("positive", awaitAnalyzed(ODD, true), "the console uses the new model");
        assertEquals("positive", awaitPortalTag(marker, true), "the portal uses the new model");

        JsonObject back = object(post(MODELS + "/rollback", AS_SUPERVISOR));
        assertEquals(before, back.getInt("activeVersion"));
        assertNotEquals("positive", awaitAnalyzed(ODD, false), "the console is back on the previous model");
        assertNotEquals("positive", awaitPortalTag(marker, false), "the portal is back on the previous model");
        if (before == 0) {
            assertError(post(MODELS + "/rollback", AS_SUPERVISOR), 409, "conflict");
        }
    }

    /**
     * The models page while a model trains: the bar and the version's row say the same percentage at every
     * refresh (the row kept the first render's "0%" while the bar polled on to 32%), until the training ends.
     */
    @Test
    void theModelsPageShowsOneProgressWhileAModelTrains() {
        Browser.assumeAvailable();
        List<String> samples = new ArrayList<>();
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole(Api.SUPERVISOR, Api.SUPERVISOR_PASSWORD);
            HttpResponse<String> accepted = post(MODELS + "?corpusLimit=300", AS_SUPERVISOR);
            assertEquals(202, accepted.statusCode(), accepted.body());
            int version = object(accepted).getInt("version");
            supervisor.go("/console/models.xhtml");
            // One script reads both, so no refresh can fall between the two readings.
            new WebDriverWait(supervisor.driver(), Duration.ofMinutes(5))
                    .withMessage(() -> "the training to end on the page; bar | row seen: " + samples + "; the version: "
                            + api.get(MODELS + "/" + version, AS_SUPERVISOR).body())
                    .until(d -> {
                        Object sample = supervisor.script("var bar = document.getElementById('modelsForm:trainingBar');"
                                + "bar = bar && bar.querySelector('.ui-progressbar-label');"
                                + "var row = document.getElementById('modelsForm:versions');"
                                + "row = row && row.querySelector('.training-figure');"
                                + "return (bar ? bar.textContent.trim() : '-') + '|'"
                                + " + (row ? row.textContent.trim().split(' ')[0] : '-');");
                        if (!"-|-".equals(sample)) {
                            samples.add(String.valueOf(sample));
                        }
                        return "-|-".equals(sample)
                                && !object(api.get(MODELS + "/" + version, AS_SUPERVISOR))
                                        .getString("status")
                                        .equals("training");
                    });
        }
        assertTrue(!samples.isEmpty(), "the page showed the training while it ran");
        for (String sample : samples) {
            String[] parts = sample.split("\\|");
            assertEquals(parts[0], parts[1], "bar | row while training, samples " + samples);
        }
        System.out.println("SentimentTeachingIT: models page while training, bar | row: " + samples);
    }

    @Test
    void correctionsAreCheckedAndForStaffOnly() {
        assertError(api.get(CONTACTS, null), 401, "unauthorized");
        assertError(api.get(CONTACTS, AS_ALICE), 403, "forbidden");
        assertError(api.get(CONTACTS + "/999999999", AS_AGENT), 404, "not_found");
        assertError(api.get(CONTACTS + "?limit=0", AS_AGENT), 400, "bad_request");
        long id = json(api.get(CONTACTS + "?limit=1", AS_AGENT))
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertError(correct(id, "{\"kind\":\"mood\",\"value\":\"positive\"}", AS_AGENT, 400), 400, "invalid_input");
        assertError(
                correct(id, "{\"kind\":\"sentiment\",\"value\":\"ecstatic\"}", AS_AGENT, 400), 400, "invalid_input");
        assertError(
                correct(id, "{\"kind\":\"add-hazard\",\"value\":\"boredom\"}", AS_AGENT, 400), 400, "invalid_input");
        assertError(correct(id, "{\"kind\":\"sentiment\",\"value\":5}", AS_AGENT, 400), 400, "invalid_json");
        assertError(
                correct(999999999L, "{\"kind\":\"sentiment\",\"value\":\"positive\"}", AS_AGENT, 404),
                404,
                "not_found");
        assertError(correct(id, "{\"kind\":\"sentiment\",\"value\":\"positive\"}", AS_ALICE, 403), 403, "forbidden");
        assertError(api.get(MODELS, AS_AGENT), 403, "forbidden");
        assertError(api.get(MODELS + "/999999", AS_SUPERVISOR), 404, "not_found");
        assertError(post(MODELS + "?corpusLimit=lots", AS_SUPERVISOR), 400, "bad_request");
        assertError(post(MODELS + "/999999/activation", AS_SUPERVISOR), 404, "not_found");
    }

    private HttpResponse<String> correct(long id, String body, String authorization, int expectedStatus) {
        HttpResponse<String> response = api.postJson(CONTACTS + "/" + id + "/corrections", body, authorization);
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return response;
    }

    private HttpResponse<String> post(String path, String authorization) {
        return api.send(api.request(path)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private String analyzed(String text) {
        String body = Json.createObjectBuilder()
                .add("text", text)
                .add("language", "en")
                .build()
                .toString();
        HttpResponse<String> response = api.postJson("/console/api/v1/analyze", body, AS_AGENT);
        assertEquals(200, response.statusCode(), response.body());
        return object(response).getJsonObject("sentiment").getString("label");
    }

    /** Polls the console's analysis until it is (or is no longer) positive, or the deadline passes. */
    private String awaitAnalyzed(String text, boolean positive) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String label = analyzed(text);
        while (positive != "positive".equals(label) && Instant.now().isBefore(deadline)) {
            pause();
            label = analyzed(text);
        }
        return label;
    }

    /** Opens cases through the portal until one is tagged (or no longer tagged) positive, or the deadline passes. */
    private String awaitPortalTag(String marker, boolean positive) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String label;
        int round = 0;
        do {
            if (round > 0) {
                pause();
            }
            String probe = ODD + " " + marker + " probe " + positive + " " + (++round);
            api.createCaseAsAlice("Zimbrel probe", probe);
            label = portalTag(probe).orElse(null);
        } while (positive != "positive".equals(label) && Instant.now().isBefore(deadline));
        return label;
    }

    private Optional<String> portalTag(String text) {
        for (JsonValue line : json(api.get(CONTACTS + "?limit=50", AS_AGENT)).asJsonArray()) {
            if (line.asJsonObject().getString("excerpt").equals(text)) {
                return Optional.of(line.asJsonObject().getString("sentiment"));
            }
        }
        return Optional.empty();
    }

    private JsonObject awaitTrained(int version, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        JsonObject model = object(api.get(MODELS + "/" + version, AS_SUPERVISOR));
        int lastProgress = -1;
        while (model.getString("status").equals("training") && Instant.now().isBefore(deadline)) {
            int progress = model.getInt("progress");
            assertTrue(progress >= lastProgress, "progress goes forward: " + model);
            lastProgress = progress;
            pause();
            model = object(api.get(MODELS + "/" + version, AS_SUPERVISOR));
        }
        return model;
    }

    /** Between polls, so that polling does not take the cores the training needs. */
    private static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
}
