package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alert workflow in the browser, from warning to action: a supervisor's console shows a new
 * PB-20K alert live, the supervisor opens it, sees the chart, escalates it with a reason and issues
 * a recall notice; alice, who owns a PB-20K, sees the notice on her portal dashboard, and the
 * console counts her as having seen it.
 *
 * <p>The demo data's own PB-20K fire alert is left alone (EarlyWarningIT dismisses it): the test
 * raises its own PB-20K alert by importing electric-shock complaints from eight consumers in the
 * last day, a hazard the demo data never reports for that product.
 */
@ExtendWith(RunningCareDesk.class)
class AlertRecallIT {
    /** The notice box's heading in the Italian bundle. */
    private static final String ITALIAN_HEADING = "Richiamo di sicurezza: è necessario intervenire";

    private static final String SUPERVISOR = "supervisor@example.com";
    private static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    private final CareDesk app;
    private final Api api;

    AlertRecallIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aLiveAlertIsEscalatedAndItsRecallNoticeReachesAnOwnersDashboard() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Stop using your VoltPak 20000 now " + run;
        try (Browser supervisor = Browser.open(app);
                Browser alice = Browser.open(app)) {
            signIn(supervisor, "/console/login.xhtml", SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.waitFor(
                    "the console queue after signing in", d -> d.getCurrentUrl().contains("/console/index.xhtml"));
            supervisor.go("/console/alerts.xhtml");
            supervisor.visible(By.id("alertsForm:alerts"));
            supervisor.waitFor("the live feed connected", d -> !d.findElements(By.cssSelector("#feedStatus.online"))
                    .isEmpty());
            // Read whether shown or not: with no alert waiting the badge is hidden (issue 13 item 11).
            int badgeBefore = waitingAlerts(supervisor);

            importShockComplaints(run);

            // The import's own scan raises the alert; the feed then pushes it. A loaded machine gets longer than usual.
            WebElement toast = new WebDriverWait(supervisor.driver(), Duration.ofSeconds(90))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "no live notification of the new PB-20K alert; notifications: "
                            + supervisor
                                    .driver()
                                    .findElement(By.id("alertToasts"))
                                    .getText() + "; feed status: "
                            + supervisor
                                    .driver()
                                    .findElement(By.id("feedStatus"))
                                    .getText())
                    .until(d -> d.findElements(By.cssSelector("#alertToasts .alert-toast")).stream()
                            .filter(t -> t.getText().contains("PB-20K")
                                    && t.getText().contains("Electric shock"))
                            .findFirst()
                            .orElse(null));
            assertEquals(badgeBefore + 1, waitingAlerts(supervisor), "the waiting-alerts badge counts the new alert");
            assertTrue(supervisor.find(By.id("alertBadge")).isDisplayed(), "the badge shows once an alert waits");
            supervisor.waitFor(
                    "the alert list reloaded with the new alert",
                    d -> d.findElement(By.id("alertsForm:alerts")).getText().contains("Electric shock"));

            toast.findElement(By.tagName("a")).click();
            assertTrue(supervisor.visible(By.id("alertTitle")).getText().contains("PB-20K"));
            supervisor.waitFor("the chart drawn with the daily counts and the expected line", d -> Long.valueOf(2)
                    .equals(supervisor.script(
                            "var w = PF('alertChart'); return w && w.chart ? w.chart.data.datasets.length : null;")));
            Object redBars = supervisor.script("return PF('alertChart').chart.data.datasets[0].backgroundColor"
                    + ".filter(function (c) { return c === '#c81e1e'; }).length;");
            assertTrue(((Number) redBars).intValue() >= 1, "the alert window is marked: " + redBars);
            assertTrue(
                    supervisor.find(By.id("contacts")).getText().contains("electric shock"),
                    "the supporting contacts show their evidence");

            // Dismissing needs a reason: without one nothing changes.
            supervisor.find(By.id("decisionForm:dismiss")).click();
            supervisor.visible(By.cssSelector("[id='decisionForm:messages'] .ui-messages-error"));
            assertEquals(
                    "Raised", supervisor.find(By.id("alertStatus")).getText().trim());

            supervisor.find(By.id("decisionForm:reason")).sendKeys("Shocks from the USB port, " + run);
            supervisor.find(By.id("decisionForm:escalate")).click();
            supervisor.waitFor(
                    "the alert escalated",
                    d -> d.findElement(By.id("alertStatus")).getText().trim().equals("Escalated"));
            assertTrue(supervisor.find(By.id("history")).getText().contains("Shocks from the USB port, " + run));

            supervisor.visible(By.id("createRecall")).click();
            supervisor.visible(By.id("recallForm:titleEn")).sendKeys(title);
            supervisor
                    .find(By.id("recallForm:bodyEn"))
                    .sendKeys("Some units can give an electric shock through the USB port.");
            supervisor
                    .find(By.id("recallForm:remedyEn"))
                    .sendKeys("Unplug it and return it to any store for a free replacement.");
            supervisor.find(By.id("recallForm:titleIt")).sendKeys("Smetti di usare il tuo VoltPak 20000 " + run);
            supervisor
                    .find(By.id("recallForm:bodyIt"))
                    .sendKeys("Alcune unità possono dare la scossa dalla porta USB.");
            supervisor
                    .find(By.id("recallForm:remedyIt"))
                    .sendKeys("Scollegalo e riportalo in negozio per la sostituzione gratuita.");
            supervisor.find(By.id("recallForm:issue")).click();
            supervisor.visible(By.id("recallForm:confirmYes")).click(); // issuing asks once more
            WebElement row = noticeRow(supervisor, title);
            assertTrue(
                    Integer.parseInt(row.findElement(By.cssSelector("td.reach-owners"))
                                    .getText()
                                    .replaceAll("\\D", ""))
                            >= 1,
                    "alice owns a PB-20K, so at least one owner is reached");
            assertEquals(
                    "0",
                    row.findElement(By.cssSelector("td.reach-seen")).getText().replaceAll("[^0-9]", ""));
            // Issue 13 item 14: the e-mail column says what the outbox did with each owner's mail (sent, waiting,
            // failed, kept, no address), never "e-mailed N" for mails still queued: the states add up to the owners.
            int owners = Integer.parseInt(
                    row.findElement(By.cssSelector("td.reach-owners")).getText().replaceAll("\\D", ""));
            List<WebElement> states = row.findElements(By.cssSelector("td.reach-email ul.reach-states li"));
            assertTrue(!states.isEmpty(), "the e-mail column names the mails' states");
            int stated = states.stream()
                    .mapToInt(li -> Integer.parseInt(
                            li.getText().replaceAll(".*:\\s*", "").replaceAll("\\D", "")))
                    .sum();
            assertEquals(owners, stated, "each owner's mail in exactly one state: " + row.getText());

            signIn(alice, "/login.xhtml", ALICE, ALICE_PASSWORD);
            WebElement notices = alice.visible(By.id("recallNotices"));
            assertTrue(notices.getText().contains(title), notices.getText());
            assertTrue(notices.getText().contains("free replacement"), notices.getText());
            assertTrue(
                    notices.getText().contains(alicesPowerBankSerial()),
                    "the notice names her unit: " + notices.getText());
            // In Italian the notice's date is written the Italian way (it showed 2026-12-07 on every page).
            new org.openqa.selenium.support.ui.Select(alice.visible(By.id("languageForm:language")))
                    .selectByValue("it");
            alice.waitFor(
                    "the dashboard in Italian",
                    d -> d.findElement(By.id("recallNoticesTitle")).getText().equals(ITALIAN_HEADING));
            String italian = alice.find(By.id("recallNotices")).getText();
            String issued = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(java.util.Locale.ITALIAN)
                    .format(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
            assertTrue(italian.contains("avviso del " + issued), "the date in Italian: " + italian);
            assertFalse(italian.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO date: " + italian);
            new org.openqa.selenium.support.ui.Select(alice.visible(By.id("languageForm:language")))
                    .selectByValue("en");
            alice.waitFor(
                    "the dashboard in English again",
                    d -> !d.findElement(By.id("recallNoticesTitle")).getText().equals(ITALIAN_HEADING));

            supervisor.go("/console/supervisor/recalls.xhtml");
            assertTrue(
                    Integer.parseInt(noticeRow(supervisor, title)
                                    .findElement(By.cssSelector("td.reach-seen"))
                                    .getText()
                                    .replaceAll("\\D", ""))
                            >= 1,
                    "alice has seen it");
        }
        JsonObject powerBank = json(api.get("/api/v1/me/products", basic(ALICE, ALICE_PASSWORD))).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> "PB-20K".equals(p.getString("productCode")))
                .findFirst()
                .orElseThrow();
        assertTrue(
                powerBank.getJsonArray("recallNotices").stream()
                        .anyMatch(n -> n.asJsonObject().getString("title").equals(title)),
                powerBank.toString());
    }

    @Test
    void theSentimentDashboardIsForSupervisorsAndChartsTheWeeks() {
        assertEquals(
                403,
                api.get("/console/supervisor/sentiment.xhtml", basic(Api.AGENT, Api.AGENT_PASSWORD))
                        .statusCode(),
                "agents may not open the sentiment dashboard");
        assertEquals(
                403,
                api.get("/console/supervisor/recalls.xhtml", basic(Api.AGENT, Api.AGENT_PASSWORD))
                        .statusCode());
        try (Browser supervisor = Browser.open(app)) {
            signIn(supervisor, "/console/login.xhtml", SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.waitFor(
                    "the console queue after signing in", d -> d.getCurrentUrl().contains("/console/index.xhtml"));
            supervisor.find(By.id("navGroupInsightToggle")).click(); // the Insight menu holds Sentiment
            supervisor.visible(By.id("navSentiment")).click();
            supervisor.waitFor("weekly sentiment charted: negative, neutral, positive", d -> Long.valueOf(3)
                    .equals(supervisor.script(
                            "var w = PF('volumeChart'); return w && w.chart ? w.chart.data.datasets.length : null;")));
            Object weeks = supervisor.script("return PF('volumeChart').chart.data.labels.length;");
            assertEquals(12L, weeks, "twelve weeks");
            assertTrue(
                    supervisor
                                    .find(By.id("sentimentForm:latest"))
                                    .findElements(By.cssSelector("tbody tr td.excerpt"))
                                    .size()
                            >= 1,
                    "the latest negative contacts are listed");
        }
    }

    private String alicesPowerBankSerial() {
        return json(api.get("/api/v1/me/products", basic(ALICE, ALICE_PASSWORD))).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> "PB-20K".equals(p.getString("productCode")))
                .map(p -> p.getString("serialNumber"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("alice owns no PB-20K"));
    }

    private void importShockComplaints(String run) {
        List<String> texts = List.of(
                "My VoltPak 20000 power bank gave me an electric shock when I plugged it in. Dangerous!",
                "Got an electric shock from the PB-20K power bank while charging my phone, awful",
                "The VoltPak power bank shocked me, electric shock through the USB port. Terrible.");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            lines.append(jakarta.json.Json.createObjectBuilder()
                            .add(
                                    "receivedAt",
                                    now.minus(20 - 2L * i, ChronoUnit.HOURS).toString())
                            .add("channel", "email")
                            .add("text", texts.get(i % texts.size()))
                            .add("product", "PB-20K")
                            .add("email", "shock" + i + "." + run + "@example.org")
                            .add("externalId", "shock-" + run + "-" + i)
                            .build())
                    .append('\n');
        }
        HttpResponse<String> response = api.send(api.request("/console/api/v1/contacts/import")
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", basic(SUPERVISOR, SUPERVISOR_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(lines.toString()))
                .build());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(8, object(response).getInt("imported"), response.body());
    }

    /** The count on the waiting-alerts badge, shown or hidden (Selenium reads no text of a hidden element). */
    private static int waitingAlerts(Browser browser) {
        return Integer.parseInt(
                String.valueOf(browser.script("return document.getElementById('alertBadge').textContent"))
                        .trim());
    }

    private static WebElement noticeRow(Browser browser, String title) {
        return browser.waitFor("the recall notice '" + title + "' in the list", d -> {
            Optional<WebElement> row = d.findElements(By.cssSelector("[id='notices'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(title))
                    .findFirst();
            return row.orElse(null);
        });
    }

    private static void signIn(Browser browser, String page, String login, String password) {
        browser.go(page);
        browser.submitSignIn(login, password);
    }
}
