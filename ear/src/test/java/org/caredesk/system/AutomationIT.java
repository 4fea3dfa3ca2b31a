package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Automation in the running app: the rule shipped with the schema makes a new hazard case urgent and puts it
 * in the Safety team, as the console shows with the rule's firing on the timeline; rules and webhooks are
 * managed through the API by supervisors only, with bad input refused naming the field.
 */
@ExtendWith(RunningCareDesk.class)
class AutomationIT {
    private static final String SUPERVISOR = "supervisor@example.com";
    private static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    private final CareDesk app;
    private final Api api;

    AutomationIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aNewHazardCaseShowsUrgentAndTheSafetyTeamOnTheConsole() {
        String caseNumber = api.createCaseAsAlice(
                        Api.unique("Charger fire"),
                        "The charger caught fire last night and there was smoke everywhere.")
                .getString("caseNumber");
        try (Browser sam = Browser.open(app)) {
            CaseWorkIT.openCase(sam, SUPERVISOR, SUPERVISOR_PASSWORD, caseNumber);
            sam.waitFor(
                    "the case urgent and in the Safety team (live, or already on opening)",
                    d -> d.findElement(By.id("casePriority")).getText().trim().equals("Urgent")
                            && d.findElement(By.id("caseTeam")).getText().trim().equals("Safety"));
            assertTrue(
                    CaseWorkIT.timelineTexts(sam)
                            .contains("Rule \u201cHazard cases to the Safety team\u201d set priority Urgent"),
                    () -> CaseWorkIT.timelineTexts(sam).toString());
        }
    }

    @Test
    void aSupervisorMovesACaseToATeamsQueue() {
        String caseNumber = api.createCaseAsAlice(Api.unique("Invoice"), "I was charged twice for my subscription.")
                .getString("caseNumber");
        String path = "/console/api/v1/cases/" + caseNumber;
        String supervisor = Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
        long version =
                Api.object(api.get(path, supervisor)).getJsonNumber("version").longValue();
        Api.assertError(
                put(path + "/team", "{\"version\":" + version + ",\"team\":2}", Api.basic(AGENT, AGENT_PASSWORD)),
                403,
                "forbidden");
        HttpResponse<String> moved = put(path + "/team", "{\"version\":" + version + ",\"team\":2}", supervisor);
        assertEquals(200, moved.statusCode(), moved::body);
        JsonObject after = Api.object(api.get(path, supervisor));
        assertEquals("Billing", after.getString("team"));
        assertTrue(after.isNull("assignee"), "unassigned within the team's queue");
    }

    private HttpResponse<String> put(String path, String json, String authorization) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8))
                .build());
    }

    @Test
    void supervisorsManageRulesAndWebhooksThroughTheApi() {
        String supervisor = Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
        Api.assertError(
                api.get("/console/api/v1/automation/rules", Api.basic(AGENT, AGENT_PASSWORD)), 403, "forbidden");

        JsonObject bad = Api.assertError(
                api.postJson(
                        "/console/api/v1/automation/rules",
                        "{\"name\":\"x\",\"enabled\":true,\"trigger\":\"when_pigs_fly\",\"setPriority\":\"high\"}",
                        supervisor),
                400,
                "bad_request");
        assertTrue(bad.getString("message").startsWith("trigger: one of case_created"), bad::toString);

        HttpResponse<String> created = api.postJson(
                "/console/api/v1/automation/rules",
                "{\"name\":\"" + Api.unique("Refunds") + "\",\"enabled\":true,\"trigger\":\"message_received\","
                        + "\"ifWords\":\"refund, money back\",\"addTags\":\"refund\"}",
                supervisor);
        assertEquals(201, created.statusCode(), created::body);
        assertEquals(
                "message_received", Api.object(created).getJsonObject("rule").getString("trigger"));

        HttpResponse<String> hook = api.postJson(
                "/console/api/v1/automation/webhooks",
                "{\"name\":\"CRM\",\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"case.created\"]}",
                supervisor);
        assertEquals(201, hook.statusCode(), hook::body);
        assertEquals(48, Api.object(hook).getString("secret").length(), "a secret made up and shown once");
        Api.assertError(
                api.postJson(
                        "/console/api/v1/automation/webhooks",
                        "{\"name\":\"CRM\",\"url\":\"file:///etc/passwd\",\"events\":[]}",
                        supervisor),
                400,
                "bad_request");
    }
}
