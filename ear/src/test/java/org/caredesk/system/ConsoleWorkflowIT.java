package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 21 in headless Chromium: searching from the header and opening the case found, saving a filtered view
 * (its state in the URL, its count in the menu), assigning chosen cases in bulk, and the keyboard shortcuts.
 */
@ExtendWith(RunningCareDesk.class)
class ConsoleWorkflowIT {
    private static final Random RANDOM = new Random();
    private final CareDesk app;
    private final Api api;

    ConsoleWorkflowIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    @Test
    void theHeaderSearchFindsACaseAndOpensIt() {
        String word = word();
        String number = api.createCaseAsAlice("Toaster " + word, "My toaster " + word + " burns the bread.")
                .getString("caseNumber");
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            // The index follows the feed: search again until the new case is in it.
            agent.waitFor("the search finds " + number, d -> {
                WebElement box = d.findElement(By.id("caseSearchBox"));
                box.clear();
                box.sendKeys(word, Keys.ENTER);
                return !d.findElements(By.linkText(number)).isEmpty();
            });
            assertTrue(
                    agent.find(By.id("searchSummary")).getText().contains("1"),
                    agent.find(By.id("searchSummary"))::getText);
            agent.find(By.linkText(number)).click();
            agent.waitFor("the case page", d -> d.getCurrentUrl().contains("case.xhtml?number=" + number));
        }
    }

    @Test
    void aFilteredViewIsSavedKeptInTheUrlAndCountedInTheMenu() {
        String name = "Web view " + word();
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/index.xhtml?view=unassigned&channel=web");
            agent.visible(By.id("queueForm:queue"));
            assertEquals(
                    "Web",
                    agent.find(By.id("queueForm:channel_label")).getText().trim());
            // The sortable headers are there to be seen: a fix for their aria-label once hid them
            // visually (PrimeFaces hides a column's title when it has an ariaHeaderText).
            Map<String, String> headers = Map.of(
                    "sortNumber", "Case",
                    "sortPriority", "Priority",
                    "sortUrgency", "SLA",
                    "sortReceived", "Received",
                    "sortUpdated", "Updated");
            headers.forEach((id, text) -> assertEquals(
                    text, agent.find(By.id("queueForm:queue:" + id)).getText().trim(), id + " is not shown"));
            // Sorting changes the address: a reload or a link shows the same page.
            agent.find(By.id("queueForm:queue:sortReceived")).click();
            agent.waitFor("sort in the URL", d -> d.getCurrentUrl().contains("sort=received"));
            assertTrue(
                    agent.driver().getCurrentUrl().contains("channel=web"),
                    agent.driver().getCurrentUrl());
            agent.find(By.id("queueForm:viewName")).sendKeys(name);
            agent.find(By.id("queueForm:saveView")).click();
            agent.waitFor("the saved view opened", d -> d.getCurrentUrl().contains("view=saved-"));
            WebElement title = agent.visible(By.id("viewTitle"));
            assertEquals(name, title.getText().trim());
            String key = agent.driver().getCurrentUrl().replaceAll(".*view=(saved-[0-9]+).*", "$1");
            WebElement entry = agent.find(By.id("view-" + key));
            assertTrue(entry.getText().contains(name), entry.getText());
            String count =
                    entry.findElement(By.cssSelector(".view-count")).getText().trim();
            JsonTotal total = new JsonTotal(
                    object(api.get("/console/api/v1/views/" + key + "/cases", basic(AGENT, AGENT_PASSWORD))));
            assertEquals(Long.toString(total.value()), count);
            agent.driver().navigate().refresh();
            assertEquals(name, agent.visible(By.id("viewTitle")).getText().trim());
        }
    }

    private record JsonTotal(long value) {
        JsonTotal(jakarta.json.JsonObject page) {
            this(page.getJsonNumber("total").longValue());
        }
    }

    @Test
    void casesTickedInAViewAreAssignedInBulkWithAResultPerCase() {
        String word = word();
        String first = api.createCaseAsAlice("Heater " + word, "The heater " + word + " clicks.")
                .getString("caseNumber");
        String second = api.createCaseAsAlice("Heater " + word, "The heater " + word + " smells.")
                .getString("caseNumber");
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/index.xhtml?view=unassigned&sort=received&dir=desc");
            for (String number : List.of(first, second)) {
                WebElement box = agent.visible(
                        By.cssSelector("[id='queueForm:queue'] tr[data-rk='" + number + "'] .ui-chkbox-box"));
                box.click();
                agent.waitFor(number + " ticked", d -> d.findElement(
                                By.cssSelector("[id='queueForm:queue'] tr[data-rk='" + number + "']"))
                        .getAttribute("class")
                        .contains("ui-state-highlight"));
            }
            new org.openqa.selenium.support.ui.Select(agent.find(By.id("queueForm:bulkAction")))
                    .selectByValue("assignMe");
            agent.find(By.id("queueForm:applyBulk")).click();
            agent.waitFor(
                    "a result per case",
                    d -> d.findElements(By.cssSelector(".bulk-results li[data-result='done']"))
                                    .size()
                            == 2);
            for (String number : List.of(first, second)) {
                WebElement line = agent.find(By.cssSelector(".bulk-results li[data-case='" + number + "']"));
                assertEquals("done", line.getAttribute("data-result"));
                assertEquals(
                        AGENT,
                        object(api.get("/console/api/v1/cases/" + number, basic(AGENT, AGENT_PASSWORD)))
                                .getString("assignee"));
            }
        }
    }

    @Test
    void keyboardShortcutsSearchMoveOpenReplyNoteAndShowTheirList() {
        String word = word();
        api.createCaseAsAlice("Mixer " + word, "The mixer " + word + " wobbles.");
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.visible(By.id("queueForm:queue"));
            Actions keys = new Actions(agent.driver());
            agent.find(By.tagName("h1")).click();

            keys.sendKeys("?").perform();
            agent.waitFor("the shortcut list", d -> d.findElement(By.id("shortcutHelp"))
                    .isDisplayed());
            assertEquals("shortcutHelp", activeId(agent));
            keys.sendKeys(Keys.ESCAPE).perform();
            agent.waitFor("the list closed", d -> !d.findElement(By.id("shortcutHelp"))
                    .isDisplayed());

            keys.sendKeys("/").perform();
            agent.waitFor("the search box focused", d -> "caseSearchBox".equals(activeId(agent)));
            keys.sendKeys(Keys.ESCAPE).perform();
            agent.waitFor("the search box left", d -> !"caseSearchBox".equals(activeId(agent)));

            keys.sendKeys("j").perform();
            String firstCase = (String) agent.script("return document.activeElement.textContent.trim();");
            assertTrue(firstCase.startsWith("CD-"), "j focuses the first case: " + firstCase);
            keys.sendKeys("j").perform();
            String secondCase = (String) agent.script("return document.activeElement.textContent.trim();");
            keys.sendKeys("k").perform();
            assertEquals(firstCase, agent.script("return document.activeElement.textContent.trim();"));
            keys.sendKeys(Keys.ENTER).perform();
            agent.waitFor("the case opened", d -> d.getCurrentUrl().contains("number=" + firstCase));

            agent.visible(By.id("replyForm:reply"));
            keys.sendKeys("r").perform();
            agent.waitFor("the reply focused", d -> "replyForm:reply".equals(activeId(agent)));
            keys.sendKeys(Keys.ESCAPE).perform();
            keys.sendKeys("i").perform();
            agent.waitFor("the note focused", d -> "noteForm:note".equals(activeId(agent)));
            keys.sendKeys(Keys.ESCAPE).perform();
            if (!secondCase.equals(firstCase)) {
                keys.sendKeys("n").perform();
                agent.waitFor(
                        "the next case of the list", d -> d.getCurrentUrl().contains("number=" + secondCase));
            }
        }
    }

    private static String activeId(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement ? document.activeElement.id : '';"));
    }
}
