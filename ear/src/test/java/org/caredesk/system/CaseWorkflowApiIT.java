package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21 through the agent API: case search (number, words, typos, a note's words, filters), the views
 * (built-in lists with counts, keyset pages, a saved view) and bulk actions (one outcome per case,
 * a stale version a conflict that leaves the other cases done).
 */
@ExtendWith(RunningCareDesk.class)
class CaseWorkflowApiIT {
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    private static final String AS_SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private static final Random RANDOM = new Random();
    private final Api api;

    CaseWorkflowApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    /** A made-up word no other case holds: letters only, so the search reads it as one word. */
    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Polls the search until {@code until} holds for its answer (the index follows the feed), 15 s at most. */
    private JsonObject search(String query, Predicate<JsonObject> until) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = api.get("/console/api/v1/cases?" + query, AS_AGENT);
            assertEquals(200, response.statusCode(), response.body());
            last = object(response);
            if (until.test(last)) {
                return last;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // polling pace
        }
        return fail("search " + query + " never matched; last answer " + last);
    }

    private static Predicate<JsonObject> finds(String number) {
        return found -> numbers(found).contains(number);
    }

    /** The case numbers of a search result ({@code items}) or of a view's page ({@code cases}). */
    private static List<String> numbers(JsonObject found) {
        return found.getJsonArray(found.containsKey("items") ? "items" : "cases").stream()
                .map(v -> v.asJsonObject().getString("caseNumber"))
                .toList();
    }

    @Test
    void searchFindsACaseByNumberWordsATypoANotesWordsAndFilters() {
        String word = word();
        JsonObject receipt = api.createCaseAsAlice("Kettle " + word, "The kettle lid " + word + " will not close.");
        String number = receipt.getString("caseNumber");

        JsonObject byWord = search("q=" + word, finds(number));
        assertEquals(1, byWord.getInt("total"), byWord::toString);
        JsonObject item = byWord.getJsonArray("items").getJsonObject(0);
        assertEquals("Kettle " + word, item.getString("subject"));
        assertEquals("new", item.getString("status"));
        assertEquals("web", item.getString("channel"));
        assertEquals("normal", item.getString("priority"));
        assertNotNull(item.getString("createdAt"));
        search("q=" + enc(number.toLowerCase(java.util.Locale.ROOT)), finds(number));
        // The help search's tolerance: two letters swapped in a long word.
        String typo = word.substring(0, 3) + word.charAt(4) + word.charAt(3) + word.substring(5);
        search("q=" + typo, finds(number));
        search("q=" + enc("alice@example.com " + word), finds(number));
        search("q=" + enc("Alice Martin " + word), finds(number));

        // A note's words are searchable once the feed has carried the change.
        String noteWord = word();
        String path = "/console/api/v1/cases/" + number;
        long version = object(api.get(path, AS_AGENT)).getJsonNumber("version").longValue();
        HttpResponse<String> note = api.postJson(
                path + "/notes", "{\"version\":" + version + ",\"text\":\"Called " + noteWord + "\"}", AS_AGENT);
        assertEquals(200, note.statusCode(), note.body());
        search("q=" + noteWord, finds(number));

        // Filters narrow the same words.
        search("q=" + word + "&status=new,open,pending&channel=web&assignee=-&hazard=false", finds(number));
        JsonObject resolvedOnly = object(api.get("/console/api/v1/cases?q=" + word + "&status=resolved", AS_AGENT));
        assertEquals(0, resolvedOnly.getInt("total"), resolvedOnly::toString);
        JsonObject future = object(api.get("/console/api/v1/cases?q=" + word + "&from=2999-01-01", AS_AGENT));
        assertEquals(0, future.getInt("total"), future::toString);
    }

    @Test
    void searchRefusesWhatItCannotReadWithTheContractsError() {
        assertTrue(assertError(api.get("/console/api/v1/cases?status=lost", AS_AGENT), 400, "bad_request")
                .getString("message")
                .contains("status must be one of"));
        assertTrue(assertError(api.get("/console/api/v1/cases?from=yesterday", AS_AGENT), 400, "bad_request")
                .getString("message")
                .contains("from must be a date"));
        assertError(api.get("/console/api/v1/cases?page=0", AS_AGENT), 400, "bad_request");
        assertError(api.get("/console/api/v1/cases?size=500", AS_AGENT), 400, "bad_request");
        assertError(api.get("/console/api/v1/cases?sort=colour", AS_AGENT), 400, "bad_request");
        assertError(api.get("/console/api/v1/cases?hazard=maybe", AS_AGENT), 400, "bad_request");
        assertEquals(401, api.get("/console/api/v1/cases?q=x").statusCode());
    }

    @Test
    void viewsListWithCountsPageByKeysetAndSavePersonalViews() {
        String word = word();
        String first = api.createCaseAsAlice("Blender " + word, "The blender " + word + " is loud.")
                .getString("caseNumber");
        String second = api.createCaseAsAlice("Blender " + word, "The blender " + word + " leaks.")
                .getString("caseNumber");

        JsonArray views = Api.json(api.get("/console/api/v1/views", AS_AGENT)).asJsonArray();
        List<String> keys =
                views.stream().map(v -> v.asJsonObject().getString("key")).toList();
        assertEquals(List.of("mine", "unassigned", "hazard", "breached", "waiting", "open"), keys.subList(0, 6));
        JsonObject unassigned = views.get(1).asJsonObject();
        assertTrue(unassigned.getJsonNumber("count").longValue() >= 2, unassigned::toString);

        // Newest first: the two new cases lead the unassigned view.
        JsonObject newest = object(api.get("/console/api/v1/views/unassigned/cases?sort=received&dir=desc", AS_AGENT));
        assertEquals(List.of(second, first), numbers(newest).subList(0, 2), newest::toString);
        assertEquals(
                unassigned.getJsonNumber("count").longValue(),
                newest.getJsonNumber("total").longValue());

        // Keyset pages: the page after the first starts right after its last row, without repeating one.
        JsonObject open = object(api.get("/console/api/v1/views/open/cases?sort=number", AS_AGENT));
        List<String> firstPage = numbers(open);
        if (open.get("next") != null && open.get("next").getValueType() == JsonValue.ValueType.STRING) {
            JsonObject next = object(
                    api.get("/console/api/v1/views/open/cases?sort=number&after=" + open.getString("next"), AS_AGENT));
            assertFalse(numbers(next).isEmpty());
            assertTrue(numbers(next).stream().noneMatch(firstPage::contains), next::toString);
        }
        assertTrue(firstPage.size() <= 50, "at most 50 a page: " + firstPage.size());

        // A personal view saved from a filter; only its owner sees it.
        HttpResponse<String> saved = api.postJson(
                "/console/api/v1/views",
                Json.createObjectBuilder()
                        .add("name", "Web, unassigned " + word)
                        .add("criteria", "status=new,open,pending&channel=web&assignee=-")
                        .add("sort", "received")
                        .add("dir", "desc")
                        .build()
                        .toString(),
                AS_AGENT);
        assertEquals(201, saved.statusCode(), saved.body());
        String key = object(saved).getString("key");
        JsonObject mine = object(api.get("/console/api/v1/views/" + key + "/cases", AS_AGENT));
        assertEquals(List.of(second, first), numbers(mine).subList(0, 2), mine::toString);
        assertError(api.get("/console/api/v1/views/" + key + "/cases", AS_SUPERVISOR), 404, "not_found");

        assertError(api.get("/console/api/v1/views/open/cases?sort=colour", AS_AGENT), 400, "bad_request");
        assertError(api.get("/console/api/v1/views/open/cases?after=garbage", AS_AGENT), 400, "bad_request");
        assertError(api.get("/console/api/v1/views/nosuch/cases", AS_AGENT), 404, "not_found");
        assertEquals(204, api.delete("/console/api/v1/views/" + key, AS_AGENT).statusCode());
        assertError(api.get("/console/api/v1/views/" + key + "/cases", AS_AGENT), 404, "not_found");
    }

    @Test
    void aBulkActionReportsEachCaseAndAStaleVersionIsAConflictThatLeavesTheOthersDone() {
        String word = word();
        List<String> cases = List.of(
                api.createCaseAsAlice("Iron " + word, "The iron " + word + " drips.")
                        .getString("caseNumber"),
                api.createCaseAsAlice("Iron " + word, "The iron " + word + " rattles.")
                        .getString("caseNumber"),
                api.createCaseAsAlice("Iron " + word, "The iron " + word + " smells.")
                        .getString("caseNumber"));
        long[] versions = new long[3];
        for (int i = 0; i < 3; i++) {
            versions[i] = object(api.get("/console/api/v1/cases/" + cases.get(i), AS_AGENT))
                    .getJsonNumber("version")
                    .longValue();
        }
        String stale = "{\"version\":" + versions[1] + "}";
        // Someone changes the second case meanwhile.
        assertEquals(
                200,
                api.postJson("/console/api/v1/cases/" + cases.get(1) + "/claim", stale, AS_AGENT)
                        .statusCode());

        String body = Json.createObjectBuilder()
                .add("change", Json.createObjectBuilder().add("priority", "high"))
                .add(
                        "cases",
                        Json.createArrayBuilder()
                                .add(target(cases.get(0), versions[0]))
                                .add(target(cases.get(1), versions[1]))
                                .add(target(cases.get(2), versions[2])))
                .build()
                .toString();
        HttpResponse<String> response = api.postJson("/console/api/v1/cases/bulk", body, AS_SUPERVISOR);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = object(response);
        List<String> outcomes = result.getJsonArray("results").stream()
                .map(r -> r.asJsonObject().getString("caseNumber") + "="
                        + r.asJsonObject().getString("outcome"))
                .toList();
        assertEquals(
                List.of(cases.get(0) + "=done", cases.get(1) + "=conflict", cases.get(2) + "=done"),
                outcomes,
                result::toString);
        for (int i : new int[] {0, 2}) {
            JsonObject now = object(api.get("/console/api/v1/cases/" + cases.get(i), AS_AGENT));
            assertEquals("high", now.getString("priority"));
            // One change, one version step: one transaction, one feed event per case.
            assertEquals(versions[i] + 1, now.getJsonNumber("version").longValue());
        }
        assertEquals(
                "normal",
                object(api.get("/console/api/v1/cases/" + cases.get(1), AS_AGENT))
                        .getString("priority"));

        // An agent may take cases but not give them to someone else: refused, per case.
        String assign = Json.createObjectBuilder()
                .add("change", Json.createObjectBuilder().add("assignee", "supervisor@example.com"))
                .add(
                        "cases",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("caseNumber", cases.get(2))))
                .build()
                .toString();
        JsonObject refused = object(api.postJson("/console/api/v1/cases/bulk", assign, AS_AGENT));
        assertEquals(
                "refused", refused.getJsonArray("results").getJsonObject(0).getString("outcome"), refused::toString);

        // Tags are added to what each case has.
        String tags = Json.createObjectBuilder()
                .add(
                        "change",
                        Json.createObjectBuilder()
                                .add("addTags", Json.createArrayBuilder().add("bulk-" + word)))
                .add(
                        "cases",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("caseNumber", cases.get(0)))
                                .add(Json.createObjectBuilder().add("caseNumber", cases.get(2))))
                .build()
                .toString();
        JsonObject tagged = object(api.postJson("/console/api/v1/cases/bulk", tags, AS_AGENT));
        assertEquals(
                List.of("done", "done"),
                tagged.getJsonArray("results").stream()
                        .map(r -> r.asJsonObject().getString("outcome"))
                        .toList(),
                tagged::toString);
        search("q=bulk-" + word, found -> numbers(found).containsAll(List.of(cases.get(0), cases.get(2))));

        assertError(
                api.postJson(
                        "/console/api/v1/cases/bulk",
                        "{\"change\":{},\"cases\":[{\"caseNumber\":\"CD-1\"}]}",
                        AS_AGENT),
                400,
                "bad_request");
        assertError(
                api.postJson(
                        "/console/api/v1/cases/bulk",
                        "{\"change\":{\"status\":\"gone\"},\"cases\":[{\"caseNumber\":\"" + cases.get(0) + "\"}]}",
                        AS_AGENT),
                400,
                "bad_request");
        assertNotNull(result.getJsonArray("results").getJsonObject(1).getString("message"));
    }

    private static JsonObject target(String number, long version) {
        return Json.createObjectBuilder()
                .add("caseNumber", number)
                .add("version", version)
                .build();
    }
}
