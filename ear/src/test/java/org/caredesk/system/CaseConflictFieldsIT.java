package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A refused save keeps what the second person typed in every field (here the tags), shows the other
 * person's saved value beside it, and saving again stores what was typed.
 */
@ExtendWith(RunningCareDesk.class)
class CaseConflictFieldsIT {
    private final CareDesk app;
    private final Api api;

    CaseConflictFieldsIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void theSupervisorsTypedTagsSurviveTheConflictBesideTheAgentsOnes() {
        String caseNumber = api.createCaseAsAlice(Api.unique("Toaster"), "The toaster burns one side.")
                .getString("caseNumber");
        try (Browser dana = Browser.open(app);
                Browser sam = Browser.open(app)) {
            CaseWorkIT.openCase(dana, AGENT, AGENT_PASSWORD, caseNumber);
            CaseWorkIT.openCase(sam, SUPERVISOR, SUPERVISOR_PASSWORD, caseNumber);

            WebElement danasTags = dana.find(By.id("propsForm:tags"));
            danasTags.clear();
            danasTags.sendKeys("agent-tag");
            WebElement samsTags = sam.find(By.id("propsForm:tags"));
            samsTags.clear();
            samsTags.sendKeys("supervisor-tag, urgent");

            dana.find(By.id("propsForm:saveProps")).click();
            dana.waitFor(
                    "Dana's tags saved",
                    d -> d.findElement(By.id("caseTags")).getText().contains("agent-tag"));
            sam.visible(By.id("bannerForm:changedText"));

            sam.find(By.id("propsForm:saveProps")).click();
            WebElement error = sam.visible(By.cssSelector("#messages .ui-messages-error"));
            assertTrue(error.getText().contains(AGENT), error.getText());
            assertEquals(
                    "supervisor-tag, urgent",
                    sam.find(By.id("propsForm:tags")).getAttribute("value"),
                    "what the supervisor typed is kept");
            WebElement theirs = sam.visible(By.id("propsForm:tagsTheirs"));
            assertTrue(
                    theirs.getText().contains("agent-tag"), "the other person's value beside it: " + theirs.getText());

            sam.find(By.id("propsForm:saveProps")).click();
            sam.waitFor(
                    "the typed tags saved on the second try",
                    d -> d.findElement(By.id("caseTags")).getText().equals("supervisor-tag, urgent"));
            assertTrue(
                    sam.driver().findElements(By.id("propsForm:tagsTheirs")).isEmpty(), "nothing to compare any more");
        }
    }

    /** The same for the menus: status, priority and (a supervisor's) assignee keep what was chosen. */
    @Test
    void theSupervisorsChosenStatusPriorityAndAssigneeSurviveTheConflict() {
        String caseNumber = api.createCaseAsAlice(Api.unique("Kettle"), "The kettle lid does not close.")
                .getString("caseNumber");
        try (Browser dana = Browser.open(app);
                Browser sam = Browser.open(app)) {
            CaseWorkIT.openCase(dana, AGENT, AGENT_PASSWORD, caseNumber);
            CaseWorkIT.openCase(sam, SUPERVISOR, SUPERVISOR_PASSWORD, caseNumber);

            dana.chooseInMenu("propsForm:status", "Waiting for customer");
            dana.chooseInMenu("propsForm:priority", "High");
            dana.find(By.id("propsForm:saveProps")).click();
            dana.waitFor(
                    "Dana's save",
                    d -> d.findElements(By.cssSelector("#messages .ui-messages-error"))
                                    .isEmpty()
                            && api.get("/console/api/v1/cases/" + caseNumber, Api.basic(AGENT, AGENT_PASSWORD))
                                    .body()
                                    .contains("\"priority\":\"high\""));
            // The save's response re-renders the claim button: click the one on the page (a stale one is retried).
            dana.waitFor("the claim button clicked", d -> {
                d.findElement(By.id("replyForm:claim")).click();
                return true;
            });
            dana.waitFor("Dana's claim", d -> api.get(
                            "/console/api/v1/cases/" + caseNumber, Api.basic(AGENT, AGENT_PASSWORD))
                    .body()
                    .contains("\"assignee\":\"" + AGENT + "\""));
            sam.visible(By.id("bannerForm:changedText"));

            sam.chooseInMenu("propsForm:status", "Open");
            sam.chooseInMenu("propsForm:priority", "Urgent");
            sam.chooseInMenu("propsForm:assignee", "Robin Agent");
            sam.find(By.id("propsForm:saveProps")).click();
            sam.visible(By.cssSelector("#messages .ui-messages-error"));
            assertEquals(
                    "Open", sam.find(By.id("propsForm:status_label")).getText().trim(), "the chosen status is kept");
            assertEquals(
                    "Urgent",
                    sam.find(By.id("propsForm:priority_label")).getText().trim(),
                    "the chosen priority is kept");
            assertEquals(
                    "Robin Agent",
                    sam.find(By.id("propsForm:assignee_label")).getText().trim(),
                    "the chosen assignee is kept");
            assertTrue(sam.visible(By.id("propsForm:statusTheirs")).getText().contains("Waiting for customer"));
            assertTrue(sam.visible(By.id("propsForm:priorityTheirs")).getText().contains("High"));
            assertTrue(
                    sam.visible(By.id("propsForm:assigneeTheirs")).getText().contains("agent@example.com")
                            || sam.find(By.id("propsForm:assigneeTheirs"))
                                    .getText()
                                    .contains("Dana"),
                    sam.find(By.id("propsForm:assigneeTheirs")).getText());

            sam.find(By.id("propsForm:saveProps")).click();
            sam.waitFor("the chosen values saved on the second try", d -> {
                String stored = api.get("/console/api/v1/cases/" + caseNumber, Api.basic(AGENT, AGENT_PASSWORD))
                        .body();
                return stored.contains("\"priority\":\"urgent\"")
                        && stored.contains("\"assignee\":\"agent2@example.com\"");
            });
        }
    }
}
