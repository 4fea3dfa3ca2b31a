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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The error cases of the knowledge-base API that {@link KnowledgeBaseApiIT} leaves out: each
 * answers the JSON error of docs/api.md with the right status, and the autocomplete endpoint takes
 * any text like search does.
 */
@ExtendWith(RunningCareDesk.class)
class KnowledgeBaseApiErrorsIT {
    private static final String ARTICLES = "/console/api/v1/kb/articles";
    private static final String SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private final Api api;

    KnowledgeBaseApiErrorsIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void unknownOrMalformedArticleIdsAre404() {
        assertError(send("DELETE", ARTICLES + "/999999999", null, SUPERVISOR), 404, "not_found");
        assertError(send("DELETE", ARTICLES + "/abc", null, SUPERVISOR), 404, "not_found");
        assertError(send("PUT", ARTICLES + "/12x", draft("t", "<p>b</p>"), SUPERVISOR), 404, "not_found");
        assertError(api.get("/api/v1/kb/articles/abc"), 404, "not_found");
        assertError(api.get("/api/v1/kb/articles/99999999999999999999"), 404, "not_found");
    }

    @Test
    void updatingAndUnpublishingNeedASupervisor() {
        long id = createdArticle();
        assertError(send("PUT", ARTICLES + "/" + id, draft("t", "<p>b</p>"), null), 401, "unauthorized");
        assertError(send("DELETE", ARTICLES + "/" + id, null, null), 401, "unauthorized");
        String agent = basic(AGENT, AGENT_PASSWORD);
        assertError(send("PUT", ARTICLES + "/" + id, draft("t", "<p>b</p>"), agent), 403, "forbidden");
        assertError(send("DELETE", ARTICLES + "/" + id, null, agent), 403, "forbidden");
        assertError(
                send("POST", ARTICLES, draft("t", "<p>b</p>"), basic("supervisor@example.com", "wrong")),
                401,
                "unauthorized");
        assertEquals(200, api.get("/api/v1/kb/articles/" + id).statusCode(), "the article changed after all");
    }

    @Test
    void bodiesThatAreNotAnArticleAre400() {
        JsonObject empty = assertError(send("POST", ARTICLES, "", SUPERVISOR), 400, "invalid_json");
        assertTrue(empty.getString("message").contains("empty"), empty.toString());
        assertError(send("POST", ARTICLES, "{", SUPERVISOR), 400, "invalid_json");
        assertError(send("POST", ARTICLES, "[]", SUPERVISOR), 400, "invalid_json");
        assertError(
                send("POST", ARTICLES, "{\"title\":1,\"body\":\"b\",\"language\":\"en\"}", SUPERVISOR),
                400,
                "invalid_json");

        long id = createdArticle();
        JsonObject noBody = assertError(
                send("PUT", ARTICLES + "/" + id, "{\"title\":\"x\",\"language\":\"en\"}", SUPERVISOR),
                400,
                "invalid_input");
        assertEquals("body: must not be blank", noBody.getString("message"));
    }

    @Test
    void overLongFieldsAreNamedAndTooLargeBodiesAre413() {
        String tooLong = Json.createObjectBuilder()
                .add("title", "a".repeat(301))
                .add("body", "<p>b</p>")
                .add("language", "en")
                .add("tags", Json.createArrayBuilder().add("x".repeat(51)))
                .build()
                .toString();
        JsonObject error = assertError(send("POST", ARTICLES, tooLong, SUPERVISOR), 400, "invalid_input");
        assertEquals(
                "tags[0]: size must be between 0 and 50; title: size must be between 0 and 300",
                error.getString("message"));

        String huge = draft("Huge", "<p>" + "a".repeat(2_000_000) + "</p>");
        assertError(send("POST", ARTICLES, huge, SUPERVISOR), 413, "too_large");
    }

    @Test
    void autocompleteTakesAnyText() {
        for (String text : new String[] {"pass", "\"(*:", "😀", "x".repeat(10_000), "", "AND OR NOT"}) {
            HttpResponse<String> response = api.get(
                    "/api/v1/kb/suggest?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&limit=abc&lang=zz");
            assertEquals(200, response.statusCode(), () -> text + ": " + response.body());
            assertTrue(object(response).containsKey("suggestions"), response.body());
        }
        JsonObject titles = object(api.get("/api/v1/kb/suggest?q=passw&lang=en"));
        assertTrue(
                titles.getJsonArray("suggestions").getString(0).toLowerCase().contains("password"), titles.toString());
    }

    private long createdArticle() {
        HttpResponse<String> created =
                api.postJson(ARTICLES, draft(Api.unique("Error cases"), "<p>Body.</p>"), SUPERVISOR);
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = api.request(path)
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.sendAlone(request.build());
    }

    private static String draft(String title, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", body)
                .add("language", "en")
                .build()
                .toString();
    }
}
