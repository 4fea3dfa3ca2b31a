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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Working a case through the agent API: versions, 409 on a stale one, notes kept from the consumer, errors. */
@ExtendWith(RunningCareDesk.class)
class CaseWorkApiIT {
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    private static final String AS_SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private final Api api;

    CaseWorkApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonObject receipt = api.createCaseAsAlice(Api.unique("Toaster"), "The toaster burns one side only.");
        String path = "/console/api/v1/cases/" + receipt.getString("caseNumber");
        long version = object(api.get(path, AS_AGENT)).getJsonNumber("version").longValue();

        HttpResponse<String> claimed = api.postJson(path + "/claim", change(version, null), AS_AGENT);
        assertEquals(200, claimed.statusCode(), claimed.body());
        long afterClaim = object(claimed).getJsonNumber("version").longValue();
        assertTrue(afterClaim > version);

        assertError(api.postJson(path + "/replies", change(version, "A stale answer"), AS_SUPERVISOR), 409, "conflict");
        HttpResponse<String> reply = api.postJson(path + "/replies", change(afterClaim, "A fresh answer"), AS_AGENT);
        assertEquals(200, reply.statusCode(), reply.body());
        long afterReply = object(reply).getJsonNumber("version").longValue();
        assertEquals(
                200,
                api.postJson(path + "/notes", change(afterReply, "STAFF ONLY remark"), AS_AGENT)
                        .statusCode());

        JsonObject detail = object(api.get(path, AS_AGENT));
        assertEquals(AGENT, detail.getString("assignee"));
        assertEquals("pending", detail.getString("status"));
        String timeline = detail.getJsonArray("timeline").toString();
        assertTrue(
                timeline.contains("A fresh answer")
                        && timeline.contains("STAFF ONLY")
                        && !timeline.contains("A stale answer"),
                timeline);

        String publicView = api.get("/api/v1/cases/" + receipt.getString("caseNumber") + "?trackingCode="
                        + receipt.getString("trackingCode"))
                .body();
        assertTrue(publicView.contains("A fresh answer"), publicView);
        assertFalse(publicView.contains("STAFF ONLY"), publicView);
    }

    @Test
    void badInputAndMissingCasesAnswerTheContractsErrors() {
        JsonObject receipt = api.createCaseAsAlice(Api.unique("Mower"), "The robot mower is stuck.");
        String path = "/console/api/v1/cases/" + receipt.getString("caseNumber");
        long version = object(api.get(path, AS_AGENT)).getJsonNumber("version").longValue();

        assertError(api.get("/console/api/v1/cases/CD-999999999", AS_AGENT), 404, "not_found");
        assertError(
                api.postJson("/console/api/v1/cases/CD-999999999/replies", change(0, "x"), AS_AGENT), 404, "not_found");
        assertError(api.postJson(path + "/replies", change(version, "   "), AS_AGENT), 400, "bad_request");
        assertError(api.postJson(path + "/replies", "{\"text\":\"no version\"}", AS_AGENT), 400, "invalid_input");
        assertError(
                api.postJson(path + "/replies", "{\"version\":\"one\",\"text\":\"x\"}", AS_AGENT), 400, "invalid_json");
        assertError(
                put(path + "/status", "{\"version\":" + version + ",\"status\":\"sleeping\"}", AS_AGENT),
                400,
                "bad_request");
        assertError(
                put(path + "/assignee", "{\"version\":" + version + ",\"assignee\":\"" + AGENT + "\"}", AS_AGENT),
                403,
                "forbidden");
        assertError(api.get(path, null), 401, "unauthorized");
        assertError(api.get(path, basic(Api.ALICE, Api.ALICE_PASSWORD)), 403, "forbidden");

        HttpResponse<String> assigned =
                put(path + "/assignee", "{\"version\":" + version + ",\"assignee\":\"" + AGENT + "\"}", AS_SUPERVISOR);
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(AGENT, object(api.get(path, AS_AGENT)).getString("assignee"));
    }

    private HttpResponse<String> put(String path, String json, String authorization) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private static String change(long version, String text) {
        var body = Json.createObjectBuilder().add("version", version);
        if (text != null) {
            body.add("text", text);
        }
        return body.build().toString();
    }
}
