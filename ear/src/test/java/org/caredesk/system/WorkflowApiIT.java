package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21 through the agent API: merging, linking and splitting cases; macros (supervisors write them,
 * agents apply them); the telephony integration with its token, and bad input answered with the exact
 * JSON error.
 */
@ExtendWith(RunningCareDesk.class)
class WorkflowApiIT {
    private static final String SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private static final String AGENT_AUTH = basic(AGENT, AGENT_PASSWORD);
    /** Alice's demo phone number, in another format than the one she gave. */
    private static final String ALICES_PHONE = "+44 20 7946 0018";

    private final Api api;

    WorkflowApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void aDuplicateMergedIntoAnotherCaseTakesItsHistoryAndPointsThere() {
        JsonObject duplicate = api.createCaseAsAlice(Api.unique("Iron leaks"), "My iron leaks water. dup-text");
        JsonObject survivor = api.createCaseAsAlice(Api.unique("Iron leaking"), "Water drips from the iron.");
        String from = duplicate.getString("caseNumber");
        String into = survivor.getString("caseNumber");

        assertError(merge(from, "{\"into\":\"" + from + "\",\"version\":" + version(from) + "}"), 400, "bad_request");
        assertEquals(
                "A case cannot be merged into itself",
                object(merge(from, "{\"into\":\"" + from + "\",\"version\":" + version(from) + "}"))
                        .getString("message"));
        assertEquals(
                "into is required: a case number",
                assertError(merge(from, "{\"version\":" + version(from) + "}"), 400, "bad_request")
                        .getString("message"));
        assertError(merge(from, "{\"into\":\"CD-0\",\"version\":" + version(from) + "}"), 404, "not_found");
        assertError(
                merge(from, "{\"into\":\"" + into + "\",\"version\":" + (version(from) + 7) + "}"), 409, "conflict");

        HttpResponse<String> merged = merge(from, "{\"into\":\"" + into + "\",\"version\":" + version(from) + "}");
        assertEquals(200, merged.statusCode(), merged.body());

        JsonObject gone = case_(from);
        assertEquals(into, gone.getString("mergedInto"));
        assertEquals("closed", gone.getString("status"));
        JsonObject kept = case_(into);
        assertTrue(kept.isNull("mergedInto"));
        assertTrue(kept.getJsonArray("timeline").toString().contains("dup-text"), "the duplicate's message moved");
        // The consumer's old code: the old case points at the survivor, and the code opens the survivor.
        HttpResponse<String> portal =
                api.get("/api/v1/cases/" + from + "?trackingCode=" + duplicate.getString("trackingCode"));
        assertEquals(into, object(portal).getString("mergedInto"), portal.body());
        HttpResponse<String> followed =
                api.get("/api/v1/cases/" + into + "?trackingCode=" + duplicate.getString("trackingCode"));
        assertEquals(200, followed.statusCode(), followed.body());
        assertTrue(followed.body().contains("dup-text"), followed.body());
    }

    @Test
    void relatedCasesAreLinkedAndAMessageIsSplitOffIntoANewCase() {
        String one = api.createCaseAsAlice(Api.unique("Heater"), "The heater smells.")
                .getString("caseNumber");
        String two = api.createCaseAsAlice(Api.unique("Heater 2"), "My heater smokes.")
                .getString("caseNumber");
        HttpResponse<String> linked = api.postJson(
                "/console/api/v1/cases/" + one + "/links",
                "{\"related\":\"" + two + "\",\"version\":" + version(one) + "}",
                AGENT_AUTH);
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals(two, case_(one).getJsonArray("linked").getString(0));
        assertEquals(one, case_(two).getJsonArray("linked").getString(0));

        assertEquals(
                "The only message of a case cannot be split off",
                assertError(split(one, firstMessage(one), "Other"), 400, "bad_request")
                        .getString("message"));
        api.postJson(
                "/console/api/v1/cases/" + one + "/notes",
                "{\"version\":" + version(one) + ",\"text\":\"Also the invoice is wrong.\"}",
                AGENT_AUTH);
        assertEquals(
                "contactId is required",
                assertError(
                                api.postJson(
                                        "/console/api/v1/cases/" + one + "/split",
                                        "{\"version\":" + version(one) + "}",
                                        AGENT_AUTH),
                                400,
                                "bad_request")
                        .getString("message"));
        HttpResponse<String> split = split(one, firstMessage(one), "The smell");
        assertEquals(201, split.statusCode(), split.body());
        String created = object(split).getString("caseNumber");
        assertEquals("The smell", case_(created).getString("subject"));
        assertTrue(case_(created).getJsonArray("timeline").toString().contains("The heater smells."));
        assertFalse(case_(one).getJsonArray("timeline").toString().contains("The heater smells."));
    }

    @Test
    void supervisorsWriteMacrosAndAnAgentAppliesOneInOneGo() {
        HttpResponse<String> migrated = api.get("/console/api/v1/macros?lang=it", AGENT_AUTH);
        assertEquals(200, migrated.statusCode(), migrated.body());
        assertTrue(migrated.body().contains("Please send the serial number"), "canned replies became macros");

        String macro = "{\"title\":\"" + Api.unique("Refund") + "\",\"body\":\"Dear {customerName}, case {caseNumber}"
                + " is refunded. {agent}\",\"language\":\"en\",\"status\":\"resolved\",\"priority\":\"low\","
                + "\"tags\":[\"refund\"],\"assignTo\":\"@me\"}";
        assertError(api.postJson("/console/api/v1/macros", macro, AGENT_AUTH), 403, "forbidden");
        assertEquals(
                "status must be one of [new, open, pending, resolved, closed]",
                assertError(
                                api.postJson("/console/api/v1/macros", macro.replace("resolved", "done"), SUPERVISOR),
                                400,
                                "bad_request")
                        .getString("message"));
        assertEquals(
                "title is required",
                assertError(api.postJson("/console/api/v1/macros", "{\"body\":\"x\"}", SUPERVISOR), 400, "bad_request")
                        .getString("message"));
        HttpResponse<String> created = api.postJson("/console/api/v1/macros", macro, SUPERVISOR);
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();

        String number =
                api.createCaseAsAlice(Api.unique("Refund please"), "Refund me.").getString("caseNumber");
        HttpResponse<String> preview = api.get("/console/api/v1/macros/" + id + "/preview?case=" + number, AGENT_AUTH);
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(
                "Dear Alice Martin, case " + number + " is refunded. Dana",
                object(preview).getString("text"));
        assertError(api.get("/console/api/v1/macros/" + id + "/preview?case=CD-0", AGENT_AUTH), 404, "not_found");

        String stale = "{\"caseNumber\":\"" + number + "\",\"version\":" + (version(number) + 3) + "}";
        assertError(api.postJson("/console/api/v1/macros/" + id + "/apply", stale, AGENT_AUTH), 409, "conflict");
        HttpResponse<String> applied = api.postJson(
                "/console/api/v1/macros/" + id + "/apply",
                "{\"caseNumber\":\"" + number + "\",\"version\":" + version(number) + ",\"text\":\"Edited reply.\"}",
                AGENT_AUTH);
        assertEquals(200, applied.statusCode(), applied.body());
        JsonObject after = case_(number);
        assertEquals("resolved", after.getString("status"));
        assertEquals("low", after.getString("priority"));
        assertEquals(AGENT, after.getString("assignee"));
        assertTrue(after.getJsonArray("tags").toString().contains("refund"));
        assertTrue(after.getJsonArray("timeline").toString().contains("Edited reply."));
    }

    @Test
    void aPbxAnnouncesAndEndsACallWithItsTokenAndNothingElse() {
        String call = "{\"from\":\"" + ALICES_PHONE + "\",\"to\":\"800 100 200\",\"agent\":\"" + AGENT + "\"}";
        assertEquals(
                "An integration token is required: Authorization: Bearer <token>, created by a supervisor",
                assertError(api.postJson("/console/api/v1/calls", call, null), 401, "unauthorized")
                        .getString("message"));
        assertError(api.postJson("/console/api/v1/calls", call, "Bearer cdi_wrong"), 401, "unauthorized");
        assertError(api.postJson("/console/api/v1/calls", call, AGENT_AUTH), 401, "unauthorized");
        assertError(
                api.postJson("/console/api/v1/integration-tokens", "{\"name\":\"x\"}", AGENT_AUTH), 403, "forbidden");

        HttpResponse<String> created =
                api.postJson("/console/api/v1/integration-tokens", "{\"name\":\"Test PBX\"}", SUPERVISOR);
        assertEquals(201, created.statusCode(), created.body());
        String bearer = "Bearer " + object(created).getString("token");

        assertEquals(
                "from must be a phone number (digits, spaces and + ( ) . / -)",
                assertError(
                                api.postJson("/console/api/v1/calls", call.replace(ALICES_PHONE, "call me"), bearer),
                                400,
                                "bad_request")
                        .getString("message"));
        assertEquals(
                "No agent with login or extension 999",
                assertError(
                                api.postJson("/console/api/v1/calls", call.replace(AGENT, "999"), bearer),
                                400,
                                "bad_request")
                        .getString("message"));
        assertEquals(
                "from must be a string",
                assertError(api.postJson("/console/api/v1/calls", "{\"from\":1}", bearer), 400, "invalid_json")
                        .getString("message"));

        HttpResponse<String> rang = api.postJson("/console/api/v1/calls", call, bearer);
        assertEquals(201, rang.statusCode(), rang.body());
        long callId = object(rang).getJsonNumber("callId").longValue();

        String path = "/console/api/v1/calls/" + callId;
        assertEquals(
                "outcome must be one of [abandoned, answered, busy, failed, missed, transferred, voicemail]",
                assertError(
                                api.putJson(path, "{\"durationSeconds\":10,\"outcome\":\"great\"}", bearer),
                                400,
                                "bad_request")
                        .getString("message"));
        assertEquals(
                "durationSeconds must be a whole number from 0 to 86400",
                assertError(
                                api.putJson(path, "{\"durationSeconds\":-1,\"outcome\":\"answered\"}", bearer),
                                400,
                                "bad_request")
                        .getString("message"));
        assertError(
                api.putJson("/console/api/v1/calls/1", "{\"durationSeconds\":1,\"outcome\":\"answered\"}", bearer),
                404,
                "not_found");
        HttpResponse<String> ended = api.putJson(path, "{\"durationSeconds\":192,\"outcome\":\"answered\"}", bearer);
        assertEquals(200, ended.statusCode(), ended.body());
        assertError(api.putJson(path, "{\"durationSeconds\":192,\"outcome\":\"answered\"}", bearer), 409, "conflict");

        HttpResponse<String> alice = api.get(
                "/console/api/v1/customers?phone="
                        + java.net.URLEncoder.encode(ALICES_PHONE, java.nio.charset.StandardCharsets.UTF_8),
                AGENT_AUTH);
        assertTrue(
                alice.body().contains("Call from " + ALICES_PHONE + " to 800 100 200: answered, 3:12"),
                "the call is on Alice's timeline: " + Api.abbreviate(alice.body()));

        long tokenId = object(created).getJsonNumber("id").longValue();
        assertEquals(
                204,
                api.delete("/console/api/v1/integration-tokens/" + tokenId, SUPERVISOR)
                        .statusCode());
        assertError(api.postJson("/console/api/v1/calls", call, bearer), 401, "unauthorized");
    }

    private HttpResponse<String> merge(String number, String body) {
        return api.postJson("/console/api/v1/cases/" + number + "/merge", body, AGENT_AUTH);
    }

    private HttpResponse<String> split(String number, long contactId, String subject) {
        return api.postJson(
                "/console/api/v1/cases/" + number + "/split",
                Json.createObjectBuilder()
                        .add("version", version(number))
                        .add("contactId", contactId)
                        .add("subject", subject)
                        .build()
                        .toString(),
                AGENT_AUTH);
    }

    private long firstMessage(String number) {
        return case_(number)
                .getJsonArray("timeline")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject case_(String number) {
        HttpResponse<String> response = api.get("/console/api/v1/cases/" + number, AGENT_AUTH);
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    private long version(String number) {
        return case_(number).getJsonNumber("version").longValue();
    }
}
