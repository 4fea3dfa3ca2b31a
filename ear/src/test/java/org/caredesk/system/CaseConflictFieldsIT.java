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
}
