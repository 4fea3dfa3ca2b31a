package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agents' queue in headless Chromium: its filters, its order and the SLA breach a supervisor's
 * target causes. Each test files its cases under a product of its own (added to the catalogue by a
 * contact import), so the demo data and other tests' cases never mix into the rows it checks.
 */
@ExtendWith(RunningCareDesk.class)
class QueueIT {
    private static final String NEGATIVE =
            "This is terrible, it broke after two days and nobody helps me. I am furious.";
    private static final String POSITIVE =
            "Thank you, the replacement arrived and works perfectly. I am very happy with it.";
    private static final String POSITIVE_IT =
            "Grazie mille, il prodotto funziona perfettamente e sono molto soddisfatta!";
    private static final String HAZARD = "The charger caught fire last night and there was smoke everywhere.";
    /** The page polls every 60 s and the shortest target is a minute: two polls and some slack. */
    private static final Duration BREACH_WAIT = Duration.ofSeconds(200);

    private final CareDesk app;
    private final Api api;

    QueueIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void eachFilterLeavesExactlyTheMatchingCasesAndCanBeCleared() {
        String widget = newProduct("QueueIT Widget");
        String gizmo = newProduct("QueueIT Gizmo");
        String marker = marker();
        String angry = openCase(marker + " widget broke", NEGATIVE, widget, "en");
        String happyItalian = openCase(marker + " widget grazie", POSITIVE_IT, widget, "it");
        String gizmoCase = openCase(marker + " gizmo thanks", POSITIVE, gizmo, "en");
        try (Browser agent = Browser.open(app)) {
            openQueue(agent, AGENT, AGENT_PASSWORD);
            choose(agent, "queueForm:product", widget);
            awaitRows(agent, marker, angry, happyItalian);
            assertAll(
                    "what the pipeline made of the cases (precondition)",
                    () -> assertEquals("negative", sentimentOf(agent, angry)),
                    () -> assertEquals("positive", sentimentOf(agent, happyItalian)));

            choose(agent, "queueForm:language", "Italian"); // languages are named in the page's language
            awaitRows(agent, marker, happyItalian);
            choose(agent, "queueForm:language", "Any");
            awaitRows(agent, marker, angry, happyItalian);

            choose(agent, "queueForm:sentiment", "Negative");
            awaitRows(agent, marker, angry);
            choose(agent, "queueForm:sentiment", "Positive");
            awaitRows(agent, marker, happyItalian);
            choose(agent, "queueForm:sentiment", "Any");
            awaitRows(agent, marker, angry, happyItalian);

            // Every case opened through the API is a web case: another channel leaves none of them.
            choose(agent, "queueForm:channel", "E-mail");
            awaitRows(agent, marker);
            List<String> channels =
                    agent.driver().findElements(By.cssSelector("[id='queueForm:queue'] td.case-channel")).stream()
                            .map(e -> e.getText().trim())
                            .toList();
            assertTrue(
                    channels.stream().allMatch(c -> c.startsWith("E-mail")),
                    () -> "channels under E-mail: " + channels);
            choose(agent, "queueForm:channel", "Web");
            awaitRows(agent, marker, angry, happyItalian);

            choose(agent, "queueForm:product", gizmo);
            awaitRows(agent, marker, gizmoCase);
            choose(agent, "queueForm:product", "Any");
            awaitRows(agent, marker, angry, happyItalian, gizmoCase);
        }
    }

    @Test
    void theAssigneeFilterSeparatesAClaimedCaseFromTheUnassignedOnes() {
        String product = newProduct("QueueIT Kettle");
        String marker = marker();
        String claimed = openCase(marker + " claimed", NEGATIVE, product, "en");
        String waiting = openCase(marker + " waiting", NEGATIVE, product, "en");
        JsonObject afterClaim = change("POST", claimed, "claim", Json.createObjectBuilder());
        assertEquals(AGENT, afterClaim.getString("assignee"), afterClaim::toString);
        try (Browser agent = Browser.open(app)) {
            openQueue(agent, AGENT, AGENT_PASSWORD);
            choose(agent, "queueForm:product", product);
            awaitRows(agent, marker, claimed, waiting);

            choose(agent, "queueForm:assignee", afterClaim.getString("assigneeName"));
            awaitRows(agent, marker, claimed);
            assertEquals(AGENT, cell(agent, claimed, "td.case-assignee"));
            choose(agent, "queueForm:assignee", "Unassigned");
            awaitRows(agent, marker, waiting);
            choose(agent, "queueForm:assignee", "Any");
            awaitRows(agent, marker, claimed, waiting);
        }
    }

    /**
     * The order the queue documents: hazard, then negative sentiment, then the nearest SLA deadline.
     * Built so that each rule changes the outcome: the hazard case is the newest and its deadline
     * (high: 4 h) is later than the others' (urgent: 1 h); the negative case is younger than the calm one.
     */
    @Test
    void aHazardComesFirstThenNegativeSentimentThenTheNearestDeadline() {
        String product = newProduct("QueueIT Heater");
        String marker = marker();
        String calm = openCase(marker + " calm", POSITIVE, product, "en");
        String angry = openCase(marker + " angry", NEGATIVE, product, "en");
        String hazard = openCase(marker + " hazard", HAZARD, product, "en");
        for (String urgent : List.of(calm, angry)) {
            JsonObject changed =
                    change("PUT", urgent, "priority", Json.createObjectBuilder().add("priority", "urgent"));
            assertEquals("urgent", changed.getString("priority"), changed::toString);
        }
        try (Browser agent = Browser.open(app)) {
            openQueue(agent, AGENT, AGENT_PASSWORD);
            choose(agent, "queueForm:product", product);
            awaitRows(agent, marker, calm, angry, hazard);
            WebElement hazardRow = row(agent, hazard);
            assertAll(
                    "the cases as the pipeline tagged them (precondition)",
                    () -> assertTrue(
                            hazardRow.getAttribute("class").contains("hazard-row"), hazardRow.getAttribute("class")),
                    () -> assertEquals(
                            "HAZARD",
                            hazardRow
                                    .findElement(By.cssSelector(".hazard-flag"))
                                    .getText()
                                    .trim()),
                    () -> assertEquals("negative", sentimentOf(agent, angry)),
                    () -> assertEquals("positive", sentimentOf(agent, calm)),
                    () -> assertEquals("Urgent", cell(agent, calm, "td.case-priority")));
            assertEquals(List.of(hazard, angry, calm), rowsWith(agent, marker));
        }
    }

    @Test
    void aSupervisorsFirstResponseTargetMarksAnOlderCaseBreachedWithoutAReload() {
        String product = newProduct("QueueIT Toaster");
        String marker = marker();
        String waiting = openCase(marker + " waiting", POSITIVE, product, "en");
        try (Browser sam = Browser.open(app)) {
            openQueue(sam, SUPERVISOR, SUPERVISOR_PASSWORD);
            choose(sam, "queueForm:product", product);
            awaitRows(sam, marker, waiting);
            assertEquals("Normal", cell(sam, waiting, "td.case-priority"), "precondition: a plain case is normal");
            assertFalse(row(sam, waiting).getAttribute("class").contains("breach-row"), "breached before any change");
            assertTrue(row(sam, waiting)
                    .findElements(By.cssSelector(".breach-flag"))
                    .isEmpty());

            String before = firstResponseTarget(sam, "Web", "Normal");
            try {
                setFirstResponseTarget(sam, "Web", "Normal", "1");
                sam.go("/console/settings.xhtml");
                assertEquals("1", firstResponseTarget(sam, "Web", "Normal"), "the target was not stored");

                openQueue(sam);
                sam.script("window.caredeskNoReload = 'same page';");
                choose(sam, "queueForm:product", product);
                awaitRows(sam, marker, waiting);
                // A minute after it arrived, the page's own clock tick marks the case: no reload, no event.
                new WebDriverWait(sam.driver(), BREACH_WAIT)
                        .withMessage(waiting + " marked breached")
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> rowIfShown(sam, waiting)
                                .filter(r -> r.getAttribute("class").contains("breach-row"))
                                .isPresent());
                // The live page re-renders its rows as events arrive: read the row's texts in one go, again if it
                // was replaced meanwhile.
                List<String> breached = new WebDriverWait(sam.driver(), BREACH_WAIT)
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> {
                            WebElement r = row(sam, waiting);
                            return List.of(
                                    r.findElement(By.cssSelector(".breach-flag"))
                                            .getText()
                                            .trim(),
                                    r.findElement(By.cssSelector("td.case-sla .sla-overdue"))
                                            .getText(),
                                    r.getText());
                        });
                assertAll(
                        () -> assertEquals("BREACHED", breached.get(0)),
                        () -> assertTrue(breached.get(1).startsWith("overdue by "), breached.get(2)),
                        () -> assertEquals(
                                "same page", sam.script("return window.caredeskNoReload;"), "the queue was reloaded"));
            } finally {
                setFirstResponseTarget(sam, "Web", "Normal", before);
            }
        }
    }

    // --- setting up cases -------------------------------------------------------------------

    /** A product of this test's own, added to the catalogue the way an import adds one it does not know. */
    private String newProduct(String prefix) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        String line = Json.createObjectBuilder()
                .add("receivedAt", "2026-01-05T10:00:00Z")
                .add("channel", "email")
                .add("text", "Where can I buy the " + name + "?")
                .add("product", name)
                .add("externalId", "queue-it-" + UUID.randomUUID())
                .build()
                .toString();
        HttpResponse<String> response = api.send(api.request("/console/api/v1/contacts/import")
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", basic(SUPERVISOR, SUPERVISOR_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(line, StandardCharsets.UTF_8))
                .build());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(1, object(response).getInt("newProducts"), response::body);
        return name;
    }

    private String openCase(String subject, String message, String product, String language) {
        String body = Json.createObjectBuilder()
                .add("subject", subject)
                .add("message", message)
                .add("product", product)
                .add("language", language)
                .build()
                .toString();
        HttpResponse<String> response = api.postJson("/api/v1/cases", body, basic(ALICE, ALICE_PASSWORD));
        assertEquals(201, response.statusCode(), response::body);
        return object(response).getString("caseNumber");
    }

    /** One change through the console API as the agent, at the case's current version; answers the case after it. */
    private JsonObject change(String method, String caseNumber, String what, JsonObjectBuilder body) {
        String path = "/console/api/v1/cases/" + caseNumber;
        String asAgent = basic(AGENT, AGENT_PASSWORD);
        long version = object(api.get(path, asAgent)).getJsonNumber("version").longValue();
        HttpResponse<String> response = api.send(api.request(path + "/" + what)
                .header("Content-Type", "application/json")
                .header("Authorization", asAgent)
                .method(
                        method,
                        HttpRequest.BodyPublishers.ofString(
                                body.add("version", version).build().toString()))
                .build());
        assertEquals(200, response.statusCode(), response::body);
        return object(api.get(path, asAgent));
    }

    private static String marker() {
        return "qit" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- the queue page ------------------------------------------------------------------------

    private static void openQueue(Browser browser, String login, String password) {
        browser.signInToConsole(login, password);
        openQueue(browser);
    }

    private static void openQueue(Browser browser) {
        browser.go("/console/index.xhtml");
        browser.visible(By.id("queueForm:queue"));
        browser.waitFor(
                "the live feed connected (#feedStatus.online)",
                d -> !d.findElements(By.cssSelector("#feedStatus.online")).isEmpty());
    }

    /** {@link Browser#chooseInMenu}, with what the filters and the table show when it fails. */
    private static void choose(Browser browser, String menuId, String label) {
        try {
            browser.chooseInMenu(menuId, label);
        } catch (AssertionError | TimeoutException e) {
            throw new AssertionError(e.getMessage() + "; " + filterState(browser), e);
        }
    }

    /** What the filters hold and what the table shows, for a failure message. */
    private static String filterState(Browser browser) {
        return String.valueOf(browser.script("""
                const ids = ['product', 'channel', 'language', 'sentiment', 'assignee'];
                const menus = ids.map(i => i + '=' + (document.getElementById('queueForm:' + i + '_input') || {}).value
                    + '/' + ((document.getElementById('queueForm:' + i + '_label') || {}).textContent || '').trim());
                const rows = document.querySelectorAll("[id='queueForm:queue'] tbody tr");
                const open = [...document.querySelectorAll('.ui-selectonemenu-panel')].filter(p => p.offsetParent !== null)
                    .map(p => p.id);
                const msgs = [...document.querySelectorAll('.ui-messages, .ui-message')].map(m => m.textContent.trim());
                return 'filters ' + menus.join(', ') + '; ' + rows.length + ' rows, first: '
                    + (rows[0] ? rows[0].textContent.replace(/\\s+/g, ' ').slice(0, 200) : '-')
                    + '; open panels ' + open + '; messages ' + msgs;
                """));
    }

    /** Waits until the queue's rows whose subject holds {@code marker} are exactly {@code expected}, in any order. */
    private static void awaitRows(Browser browser, String marker, String... expected) {
        Set<String> wanted = Set.of(expected);
        try {
            browser.waitFor(
                    "rows " + wanted, d -> Set.copyOf(rowsWith(browser, marker)).equals(wanted));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "queue rows with " + marker + ": expected " + wanted + " but saw " + rowsWith(browser, marker)
                            + "; " + filterState(browser),
                    e);
        }
        assertEquals(wanted.size(), rowsWith(browser, marker).size(), "a case listed twice");
    }

    /** Case numbers of the rows whose subject holds {@code marker}, top to bottom. */
    private static List<String> rowsWith(Browser browser, String marker) {
        return browser.driver().findElements(By.cssSelector("[id='queueForm:queue'] tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector("td.case-subject")).stream()
                        .anyMatch(s -> s.getText().contains(marker)))
                .map(r -> r.findElement(By.cssSelector("td.case-number"))
                        .getText()
                        .trim())
                .toList();
    }

    private static WebElement row(Browser browser, String caseNumber) {
        return rowIfShown(browser, caseNumber)
                .orElseThrow(() -> new AssertionError(caseNumber + " is not in the queue"));
    }

    private static Optional<WebElement> rowIfShown(Browser browser, String caseNumber) {
        return browser.driver().findElements(By.cssSelector("[id='queueForm:queue'] tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector("td.case-number")).stream()
                        .anyMatch(c -> c.getText().trim().equals(caseNumber)))
                .findFirst();
    }

    private static String cell(Browser browser, String caseNumber, String css) {
        return row(browser, caseNumber)
                .findElement(By.cssSelector(css))
                .getText()
                .trim();
    }

    private static String sentimentOf(Browser browser, String caseNumber) {
        String classes = row(browser, caseNumber)
                .findElement(By.cssSelector("td.case-sentiment .sentiment"))
                .getAttribute("class");
        return Set.of(classes.split("\\s+")).stream()
                .filter(c -> c.startsWith("sentiment-"))
                .map(c -> c.substring("sentiment-".length()))
                .collect(Collectors.joining(","));
    }

    // --- the settings page ---------------------------------------------------------------------

    private static WebElement targetRow(Browser browser, String channel, String priority) {
        browser.visible(By.id("slaForm:targets"));
        return browser.driver().findElements(By.cssSelector("[id='slaForm:targets'] tbody tr")).stream()
                .filter(r -> {
                    List<WebElement> cells = r.findElements(By.tagName("td"));
                    return cells.size() > 2
                            && cells.get(0).getText().trim().equals(channel)
                            && cells.get(1).getText().trim().equals(priority);
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SLA row for " + channel + "/" + priority));
    }

    private static WebElement firstResponseInput(Browser browser, String channel, String priority) {
        return targetRow(browser, channel, priority).findElement(By.cssSelector("input[id$=':firstResponse']"));
    }

    private static String firstResponseTarget(Browser browser, String channel, String priority) {
        browser.go("/console/settings.xhtml");
        return firstResponseInput(browser, channel, priority)
                .getAttribute("value")
                .replace(",", "")
                .trim();
    }

    private static void setFirstResponseTarget(Browser browser, String channel, String priority, String minutes) {
        browser.go("/console/settings.xhtml");
        WebElement input = firstResponseInput(browser, channel, priority);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(minutes, Keys.TAB);
        browser.find(By.id("slaForm:saveSla")).click();
        browser.waitFor(
                "the SLA targets saved", d -> d.findElements(By.cssSelector("#messages .ui-messages-info")).stream()
                        .anyMatch(m -> m.getText().contains("SLA targets saved.")));
    }
}
