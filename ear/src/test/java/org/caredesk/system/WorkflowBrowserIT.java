package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 21 in the console, each person in their own headless Chromium: an agent merges a duplicate, applies
 * a macro (preview, edit, send), and a call the PBX announces pops the caller on the right agent's console
 * and on no other.
 */
@ExtendWith(RunningCareDesk.class)
class WorkflowBrowserIT {
    private static final String SUPERVISOR = "supervisor@example.com";
    private static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    private final CareDesk app;
    private final Api api;

    WorkflowBrowserIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void anAgentMergesADuplicateAndTheMergedCasePointsToTheOther() {
        String duplicate = api.createCaseAsAlice(Api.unique("Fridge noise"), "The fridge hums loudly. fridge-dup")
                .getString("caseNumber");
        String survivor = api.createCaseAsAlice(Api.unique("Fridge humming"), "Loud humming from the fridge.")
                .getString("caseNumber");
        try (Browser agent = Browser.open(app)) {
            CaseWorkIT.openCase(agent, AGENT, AGENT_PASSWORD, duplicate);
            agent.find(By.id("mergeForm:mergeInto")).sendKeys(survivor);
            agent.find(By.id("mergeForm:merge")).click();
            agent.visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))
                    .click();
            assertEquals(
                    survivor, agent.visible(By.id("mergedIntoLink")).getText().trim());

            agent.find(By.id("mergedIntoLink")).click();
            agent.waitFor(
                    "the survivor's page",
                    d -> d.findElement(By.id("caseNumber")).getText().trim().equals(survivor));
            assertTrue(
                    CaseWorkIT.timelineTexts(agent).stream().anyMatch(t -> t.contains("fridge-dup")),
                    "the duplicate's message is on the survivor's timeline");
        }
    }

    @Test
    void anAgentPreviewsEditsAndSendsAMacroThatAlsoResolvesTheCase() {
        String title = Api.unique("Sorted");
        HttpResponse<String> macro = api.postJson(
                "/console/api/v1/macros",
                "{\"title\":\"" + title + "\",\"body\":\"Hello {customerName}, case {caseNumber} is sorted.\","
                        + "\"language\":\"en\",\"status\":\"resolved\",\"tags\":[\"sorted\"]}",
                basic(SUPERVISOR, SUPERVISOR_PASSWORD));
        assertEquals(201, macro.statusCode(), macro.body());
        String number =
                api.createCaseAsAlice(Api.unique("Lamp"), "The lamp flickers.").getString("caseNumber");
        try (Browser agent = Browser.open(app)) {
            CaseWorkIT.openCase(agent, AGENT, AGENT_PASSWORD, number);
            new Select(agent.find(By.id("replyForm:macro"))).selectByVisibleText(title + " (English)");
            agent.find(By.id("replyForm:previewMacro")).click();
            agent.waitFor("the filled reply", d -> d.findElement(By.id("replyForm:reply"))
                    .getAttribute("value")
                    .equals("Hello Alice Martin, case " + number + " is sorted."));
            assertTrue(agent.visible(By.id("replyForm:macroStaged")).getText().contains("sorted"));

            agent.find(By.id("replyForm:reply")).sendKeys(" Sorry for the trouble.");
            agent.find(By.id("replyForm:send")).click();
            agent.waitFor("the edited reply on the timeline", d -> CaseWorkIT.timelineTexts(agent)
                    .contains("Hello Alice Martin, case " + number + " is sorted. Sorry for the trouble."));
            agent.waitFor(
                    "the case resolved by the macro",
                    d -> d.findElement(By.id("caseStatus")).getText().equals("Resolved"));
            assertEquals("sorted", agent.find(By.id("caseTags")).getText().trim());
        }
    }

    @Test
    void aCallPopsTheCallerOnTheAgentItRingsAtAndOnNoOtherConsole() {
        HttpResponse<String> token = api.postJson(
                "/console/api/v1/integration-tokens",
                "{\"name\":\"Browser test PBX\"}",
                basic(SUPERVISOR, SUPERVISOR_PASSWORD));
        assertEquals(201, token.statusCode(), token.body());
        String bearer = "Bearer " + object(token).getString("token");
        try (Browser agent = Browser.open(app);
                Browser other = Browser.open(app)) {
            for (Browser console : new Browser[] {agent, other}) {
                boolean isAgent = console == agent;
                console.signInToConsole(isAgent ? AGENT : SUPERVISOR, isAgent ? AGENT_PASSWORD : SUPERVISOR_PASSWORD);
                console.waitFor("the live feed connected", d -> !d.findElements(By.cssSelector("#feedStatus.online"))
                        .isEmpty());
            }
            long sent = System.nanoTime();
            HttpResponse<String> call = api.postJson(
                    "/console/api/v1/calls",
                    "{\"from\":\"0044 20 7946 0018\",\"to\":\"800 100 200\",\"agent\":\"" + AGENT + "\"}",
                    bearer);
            assertEquals(201, call.statusCode(), call.body());
            long callId = object(call).getJsonNumber("callId").longValue();

            agent.waitFor(
                    "the caller's customer 360 on the agent's console",
                    d -> !d.findElements(By.id("customerName")).isEmpty()
                            && d.findElement(By.id("customerName")).getText().contains("Alice"));
            System.out.printf(
                    "Call event to the caller's 360 on the agent's console: %d ms (goal: within one second)%n",
                    (System.nanoTime() - sent) / 1_000_000);
            assertTrue(
                    agent.driver().getCurrentUrl().contains("call=" + callId),
                    agent.driver().getCurrentUrl());
            assertEquals(
                    "0044 20 7946 0018", agent.find(By.id("callFrom")).getText().trim());

            // The other console heard nothing: still on its queue, no pop.
            assertTrue(
                    other.driver().getCurrentUrl().contains("/console/index.xhtml"),
                    other.driver().getCurrentUrl());
            assertFalse(other.find(By.id("callPop")).isDisplayed(), "the call popped on another agent's console");

            agent.find(By.id("callNoteForm:callNote")).sendKeys("Asked when the recall letter comes.");
            agent.find(By.id("callNoteForm:saveCallNote")).click();
            agent.visible(By.cssSelector("#messages .ui-messages-info"));
            HttpResponse<String> ended = api.putJson(
                    "/console/api/v1/calls/" + callId, "{\"durationSeconds\":65,\"outcome\":\"answered\"}", bearer);
            assertEquals(200, ended.statusCode(), ended.body());
            String timeline = api.get("/console/api/v1/customers?phone=00442079460018", basic(AGENT, AGENT_PASSWORD))
                    .body();
            assertTrue(
                    timeline.contains("answered, 1:05\\n\\nAsked when the recall letter comes."),
                    "the call and the agent's note on the timeline: " + Api.abbreviate(timeline));
        }
    }

    @Test
    void aCallFromAnUnknownNumberShowsTheNewCallerFormWithTheNumber() {
        HttpResponse<String> token = api.postJson(
                "/console/api/v1/integration-tokens", "{\"name\":\"PBX 2\"}", basic(SUPERVISOR, SUPERVISOR_PASSWORD));
        String bearer = "Bearer " + object(token).getString("token");
        String number = "+39 0" + (System.nanoTime() % 1_000_000_000L);
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.waitFor("the live feed connected", d -> !d.findElements(By.cssSelector("#feedStatus.online"))
                    .isEmpty());
            // The demo agent's extension (201): the PBX may name the agent either way.
            HttpResponse<String> call =
                    api.postJson("/console/api/v1/calls", "{\"from\":\"" + number + "\",\"agent\":\"201\"}", bearer);
            assertEquals(201, call.statusCode(), call.body());
            agent.visible(By.id("newCallerTitle"));
            assertEquals(number, agent.find(By.id("callerPhone")).getText().trim());
            agent.find(By.id("newCallerForm:callerName")).sendKeys("Nina Nuova");
            agent.find(By.id("newCallerForm:callerSubject")).sendKeys("Broken kettle");
            agent.find(By.id("newCallerForm:callerMessage")).sendKeys("The kettle stopped working.");
            agent.find(By.id("newCallerForm:createCallerCase")).click();
            assertTrue(agent.visible(By.cssSelector("#messages .ui-messages-info"))
                    .getText()
                    .contains("CD-"));
        }
    }
}
