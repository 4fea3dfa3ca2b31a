package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervisors write help articles through the console API; the portal's search (another
 * application with its own index) reflects each change within a second.
 */
@ExtendWith(RunningCareDesk.class)
class KnowledgeBaseApiIT {
    private static final String SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private static final Duration FRESHNESS = Duration.ofSeconds(1);
    private final Api api;

    KnowledgeBaseApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void anArticleIsSearchableChangedAndGoneWithinASecond() {
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = api.postJson(
                "/console/api/v1/kb/articles",
                draft("Replacing the " + word + " filter", "<p>Open the lid and lift the " + word + " filter out.</p>"),
                SUPERVISOR);
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();

        assertTrue(
                searchUntil(word, r -> r.getInt("total") == 1 && hitId(r) == id),
                "a new article is not searchable within " + FRESHNESS);
        JsonObject article = object(api.get("/api/v1/kb/articles/" + id));
        assertEquals("Replacing the " + word + " filter", article.getString("title"));

        String other = "vk"
                + new StringBuilder(word.substring(2)).reverse(); // far from word, so typo tolerance does not match it
        HttpResponse<String> updated = api.send(api.request("/console/api/v1/kb/articles/" + id)
                .header("Content-Type", "application/json")
                .header("Authorization", SUPERVISOR)
                .PUT(HttpRequest.BodyPublishers.ofString(
                        draft("Cleaning the " + other + " filter", "<p>Rinse it.</p>")))
                .build());
        assertEquals(200, updated.statusCode(), updated.body());
        assertTrue(searchUntil(other, r -> r.getInt("total") == 1), "an edit is not searchable within " + FRESHNESS);
        assertTrue(searchUntil(word, r -> r.getInt("total") == 0), "the old wording is still found");

        HttpResponse<String> removed = api.send(api.request("/console/api/v1/kb/articles/" + id)
                .header("Authorization", SUPERVISOR)
                .DELETE()
                .build());
        assertEquals(204, removed.statusCode(), removed.body());
        assertTrue(searchUntil(other, r -> r.getInt("total") == 0), "an unpublished article is still found");
        assertError(api.get("/api/v1/kb/articles/" + id), 404, "not_found");
    }

    /** Issue 13 item 16: the portal's snippets marked the query's stop words ("my", "from") as matches. */
    @Test
    void aSnippetMarksTheQuerysWordsButNotItsStopWords() {
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = api.postJson(
                "/console/api/v1/kb/articles",
                draft(
                        "Sending the " + word + " parcel back",
                        "<p>Sign in, open my orders and choose the " + word
                                + " parcel you want to send back from the list.</p>"),
                SUPERVISOR);
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();
        try {
            String query = word + " parcel from my orders";
            assertTrue(searchUntil(query, r -> r.getInt("total") >= 1 && hitId(r) == id), "the article is not found");
            String snippet = object(api.get("/api/v1/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .getJsonArray("hits")
                    .getJsonObject(0)
                    .getString("snippet")
                    .toLowerCase(java.util.Locale.ROOT);
            assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
            assertTrue(snippet.contains("<mark>orders</mark>"), snippet);
            assertTrue(
                    snippet.contains(" my ") && snippet.contains(" from "), "the stop words are in view: " + snippet);
            assertTrue(!snippet.contains("<mark>my</mark>") && !snippet.contains("<mark>from</mark>"), snippet);
        } finally {
            api.delete("/console/api/v1/kb/articles/" + id, SUPERVISOR);
        }
    }

    @Test
    void onlySupervisorsWriteArticles() {
        String body = draft("An agent's article", "<p>Not allowed.</p>");
        assertError(api.postJson("/console/api/v1/kb/articles", body, null), 401, "unauthorized");
        assertError(api.postJson("/console/api/v1/kb/articles", body, basic(AGENT, AGENT_PASSWORD)), 403, "forbidden");
    }

    @Test
    void aBadDraftIsRefusedNamingEachField() {
        String body = "{\"title\":\"\",\"body\":\"x\",\"language\":\"fr\",\"tags\":[\"ok\",\" \"]}";
        JsonObject error =
                assertError(api.postJson("/console/api/v1/kb/articles", body, SUPERVISOR), 400, "invalid_input");
        String message = error.getString("message");
        assertTrue(
                message.contains("title:") && message.contains("language:") && message.contains("tags[1]:"), message);

        assertError(
                api.postJson(
                        "/console/api/v1/kb/articles",
                        "{\"title\":\"t\",\"body\":\"b\",\"language\":\"en\",\"tags\":\"one\"}",
                        SUPERVISOR),
                400,
                "invalid_json");
        HttpResponse<String> missing = api.send(api.request("/console/api/v1/kb/articles/999999999")
                .header("Content-Type", "application/json")
                .header("Authorization", SUPERVISOR)
                .PUT(HttpRequest.BodyPublishers.ofString(draft("t", "b")))
                .build());
        assertError(missing, 404, "not_found");
    }

    private boolean searchUntil(String query, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plus(FRESHNESS);
        do {
            JsonObject result =
                    object(api.get("/api/v1/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            if (condition.test(result)) {
                return true;
            }
        } while (Instant.now().isBefore(deadline));
        return false;
    }

    private static long hitId(JsonObject result) {
        return result.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String draft(String title, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", body)
                .add("language", "en")
                .add("tags", Json.createArrayBuilder().add("filters"))
                .add("products", Json.createArrayBuilder())
                .build()
                .toString();
    }
}
