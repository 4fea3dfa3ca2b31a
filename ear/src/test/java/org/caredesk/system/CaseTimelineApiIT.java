package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the customer adds besides messages reaches staff: {@code GET /console/api/v1/cases/{number}}
 * carries the customer's attachment, their closing of the case and their rating on the timeline, the
 * case's attachments, its rating and {@code mergedInto}; agents' replies name the agent.
 */
@ExtendWith(RunningCareDesk.class)
class CaseTimelineApiIT {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    private final Api api;

    CaseTimelineApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    /**
     * The case carries the tone of the message that opened it (issue 13 item 20: the console showed a
     * case as neutral while its first message was negative and about a fire).
     */
    @Test
    void aCaseOpenedByAnAngryFireReportIsNegativeAndAHazard() {
        String number = api.createCaseAsAlice(
                        Api.unique("Charger"),
                        "Terrible! The charger caught fire overnight and burnt the desk. I am furious and scared.")
                .getString("caseNumber");
        JsonObject detail = read(number);
        assertAll(
                () -> assertEquals("negative", detail.getString("sentiment"), detail::toString),
                () -> assertTrue(detail.getBoolean("hazard"), detail::toString),
                () -> assertEquals(
                        "negative",
                        detail.getJsonArray("timeline").getJsonObject(0).getString("sentiment"),
                        detail::toString));
    }

    @Test
    void theCustomersAttachmentClosingRatingAndReopeningAreOnTheStaffTimeline() {
        String number = api.createCaseAsAlice(Api.unique("Timeline"), "The handle of my pan came off.")
                .getString("caseNumber");
        HttpRequest upload = api.request("/api/v1/me/attachments?caseNumber=" + number + "&fileName=handle.png")
                .header("Authorization", basic(ALICE, ALICE_PASSWORD))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG))
                .build();
        assertEquals(201, api.sendAlone(upload).statusCode());
        JsonObject before = read(number);
        String reply = "{\"version\":" + before.getJsonNumber("version").longValue()
                + ",\"text\":\"A new handle is on its way.\"}";
        assertEquals(
                200,
                api.postJson("/console/api/v1/cases/" + number + "/replies", reply, basic(AGENT, AGENT_PASSWORD))
                        .statusCode());
        assertEquals(
                200,
                api.postJson("/api/v1/me/cases/" + number + "/close", "", basic(ALICE, ALICE_PASSWORD))
                        .statusCode());
        assertEquals(
                200,
                api.postJson(
                                "/api/v1/me/cases/" + number + "/rating",
                                "{\"score\":4,\"comment\":\"Quick\"}",
                                basic(ALICE, ALICE_PASSWORD))
                        .statusCode());
        assertEquals(
                200,
                api.postJson("/api/v1/me/cases/" + number + "/reopen", "", basic(ALICE, ALICE_PASSWORD))
                        .statusCode());

        JsonObject detail = read(number);
        JsonArray timeline = detail.getJsonArray("timeline");
        for (JsonValue v : timeline) {
            JsonObject e = v.asJsonObject();
            for (String field : List.of("at", "author", "channel", "direction", "internal", "text", "attachments")) {
                assertTrue(e.containsKey(field), "timeline entry without " + field + ": " + e);
            }
        }
        List<String> kinds =
                timeline.stream().map(v -> v.asJsonObject().getString("kind")).toList();
        JsonObject attached = entry(timeline, "attachment");
        JsonObject agentsReply = timeline.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> "agent".equals(e.getString("author")))
                .findFirst()
                .orElseThrow();
        assertAll(
                () -> assertEquals(List.of("message", "attachment", "message", "closed", "rating", "reopened"), kinds),
                () -> assertEquals(
                        "handle.png",
                        attached.getJsonArray("attachments").getJsonObject(0).getString("fileName")),
                () -> assertEquals("consumer", attached.getString("author")),
                () -> assertEquals("Quick", entry(timeline, "rating").getString("text")),
                () -> assertEquals(1, detail.getJsonArray("attachments").size()),
                () -> assertEquals(4, detail.getJsonObject("rating").getInt("score")),
                () -> assertEquals("Quick", detail.getJsonObject("rating").getString("comment")),
                () -> assertTrue(
                        detail.containsKey("mergedInto") && detail.isNull("mergedInto"), "mergedInto null: " + detail),
                () -> assertEquals("Dana", agentsReply.getString("authorName")));
    }

    private JsonObject read(String number) {
        HttpResponse<String> response = api.get("/console/api/v1/cases/" + number, basic(AGENT, AGENT_PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private static JsonObject entry(JsonArray timeline, String kind) {
        return timeline.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> kind.equals(e.getString("kind", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " entry in " + timeline));
    }
}
