package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * axe-core (a copy in test resources, MPL-2.0) on every portal and console page in headless Chromium:
 * no serious or critical violation anywhere. Failures list page, rule and the offending elements.
 */
@ExtendWith(RunningCareDesk.class)
class AccessibilityIT {
    static final List<String> PUBLIC_PORTAL = List.of(
            "/",
            "/search.xhtml?q=charger",
            "/contact.xhtml",
            "/chat.xhtml",
            "/case-status.xhtml",
            "/login.xhtml",
            "/register.xhtml",
            "/forgot-password.xhtml",
            "/erased.xhtml",
            // A link that is no longer (or never was) valid shows its own state of the page.
            "/reset-password.xhtml?token=no-such-token",
            "/verify.xhtml?token=no-such-token",
            "/unsubscribe.xhtml?t=no-such-token");
    /**
     * What a person meets when something goes wrong: a page that does not exist (404), and a form sent
     * after its page expired (the page again, saying why).
     */
    static final List<String> PORTAL_ERRORS = List.of("/no-such-page.xhtml", "/contact.xhtml?expired=true");
    /** The console's alike, for an agent; plus a supervisor's page an agent may not open (403). */
    static final List<String> CONSOLE_ERRORS =
            List.of("/console/no-such-page.xhtml", "/console/customer.xhtml?expired=true", "/console/settings.xhtml");

    static final List<String> ACCOUNT_PORTAL = List.of(
            "/account/index.xhtml", "/account/profile.xhtml", "/account/privacy.xhtml", "/account/my-data.xhtml");
    static final List<String> AGENT_CONSOLE = List.of(
            "/console/index.xhtml",
            "/console/customer.xhtml",
            "/console/chats.xhtml",
            "/console/contacts.xhtml",
            "/console/alerts.xhtml",
            "/console/search.xhtml?q=kettle",
            "/console/second-factor.xhtml");
    static final List<String> SUPERVISOR_CONSOLE = List.of(
            "/console/supervisor/sentiment.xhtml",
            "/console/supervisor/recalls.xhtml",
            "/console/supervision.xhtml",
            "/console/kb/articles.xhtml",
            "/console/kb/edit.xhtml",
            "/console/kb/synonyms.xhtml",
            "/console/kb/feedback.xhtml",
            "/console/models.xhtml",
            "/console/settings.xhtml",
            "/console/outbox.xhtml",
            "/console/mailbox.xhtml",
            "/console/supervisor/recall.xhtml",
            "/console/supervisor/backtest.xhtml",
            "/console/supervisor/reports.xhtml",
            "/console/supervisor/csat.xhtml",
            "/console/supervisor/segments.xhtml",
            "/console/supervisor/campaigns.xhtml",
            "/console/supervisor/automation.xhtml",
            "/console/supervisor/teams.xhtml",
            "/console/supervisor/sign-ins.xhtml",
            "/console/telephony.xhtml");

    private final CareDesk app;
    private final Api api;

    AccessibilityIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void noPortalPageHasASeriousOrCriticalViolation() {
        String caseNumber = api.createCaseAsAlice(Api.unique("AccessibilityIT"), "The strap broke.")
                .getString("caseNumber");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(app)) {
            PUBLIC_PORTAL.forEach(page -> problems.addAll(check(browser, page)));
            PORTAL_ERRORS.forEach(page -> problems.addAll(check(browser, page)));
            problems.addAll(checkBackInAMoment(browser));
            problems.addAll(check(browser, firstArticle()));
            problems.addAll(checkRefusedSignIn(browser, "/login.xhtml"));
            browser.signInToPortal(ALICE, ALICE_PASSWORD);
            ACCOUNT_PORTAL.forEach(page -> problems.addAll(check(browser, page)));
            problems.addAll(check(browser, "/account/case.xhtml?case=" + caseNumber));
        }
        assertTrue(
                problems.isEmpty(), "axe-core found serious or critical violations:\n" + String.join("\n", problems));
    }

    @Test
    void noConsolePageHasASeriousOrCriticalViolation() {
        String caseNumber = api.createCaseAsAlice(Api.unique("AccessibilityIT console"), "The lid broke.")
                .getString("caseNumber");
        List<String> problems = new ArrayList<>();
        try (Browser agent = Browser.open(app);
                Browser supervisor = Browser.open(app)) {
            problems.addAll(check(agent, "/console/login.xhtml"));
            problems.addAll(checkRefusedSignIn(agent, "/console/login.xhtml"));
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            AGENT_CONSOLE.forEach(page -> problems.addAll(check(agent, page)));
            for (String page : CONSOLE_ERRORS) {
                agent.go(page);
                problems.addAll(checkShown(agent, "agent at " + page));
            }
            problems.addAll(check(agent, "/console/case.xhtml?number=" + caseNumber));
            long contact = Api.json(
                            api.get("/console/api/v1/tagged-contacts?limit=1", Api.basic(AGENT, AGENT_PASSWORD)))
                    .asJsonArray()
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            problems.addAll(check(agent, "/console/contact.xhtml?id=" + contact));
            problems.addAll(check(agent, "/console/mail-original.xhtml?contact=" + contact));
            problems.addAll(check(agent, "/console/alert.xhtml?id=" + anyAlert()));
            // A customer's 360 with its forms (the call log's direction once rendered roleless aria-checked divs).
            long alice = Api.json(api.get(
                            "/console/api/v1/customers?email=alice@example.com", Api.basic(AGENT, AGENT_PASSWORD)))
                    .asJsonObject()
                    .getJsonNumber("id")
                    .longValue();
            problems.addAll(check(agent, "/console/customer.xhtml?id=" + alice));
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            SUPERVISOR_CONSOLE.forEach(page -> problems.addAll(check(supervisor, page)));
            problems.addAll(check(supervisor, draftCampaign(supervisor)));
        }
        assertTrue(
                problems.isEmpty(), "axe-core found serious or critical violations:\n" + String.join("\n", problems));
    }

    /**
     * A sign-in page after a wrong password: the form's error message (PrimeFaces' messages list, whose item once
     * carried role="alert" and so was no list item at all).
     */
    static List<String> checkRefusedSignIn(Browser browser, String page) {
        browser.go(page);
        browser.submitSignIn("nobody." + Long.toString(System.nanoTime(), 36) + "@example.com", "not the password");
        browser.waitFor("the refusal on " + page, d -> !d.findElements(By.cssSelector("#loginForm\\:messages li"))
                .isEmpty());
        return checkShown(browser, page + " after a refused sign-in");
    }

    /** The help article page of the first article the search finds (its id is the demo data's). */
    private String firstArticle() {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"[^\"]*(/article\\.xhtml\\?id=\\d+)")
                .matcher(api.get("/search.xhtml?q=charger").body());
        assertTrue(link.find(), "the search lists an article");
        return link.group(1);
    }

    /** The console's first scan raises the demo data's alerts; it gets a bounded time to finish. */
    private long anyAlert() {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        while (java.time.Instant.now().isBefore(deadline)) {
            jakarta.json.JsonArray alerts = Api.json(
                            api.get("/console/api/v1/alerts", Api.basic(AGENT, AGENT_PASSWORD)))
                    .asJsonArray();
            if (!alerts.isEmpty()) {
                return alerts.getJsonObject(0).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no alert within 90 s");
    }

    /**
     * The "back in a moment" page (503) is served only while the instance cannot serve (its database away,
     * starting or stopping), which the shared instance never is; PostgresFaultsIT meets it for real. Its
     * markup is checked here as the browser gets it, loaded from a data address.
     */
    static List<String> checkBackInAMoment(Browser browser) {
        List<String> problems = new ArrayList<>();
        for (boolean italian : List.of(false, true)) {
            String label = "503 page (" + (italian ? "it" : "en") + ")";
            browser.driver().get(backInAMoment(italian));
            problems.addAll(checkShown(browser, label));
        }
        return problems;
    }

    /** The 503 page as a data address a browser opens. */
    static String backInAMoment(boolean italian) {
        return "data:text/html;charset=utf-8;base64,"
                + java.util.Base64.getEncoder()
                        .encodeToString(
                                org.caredesk.web.Unavailable.page(italian).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A draft campaign of its own (to a segment of its own), for the campaign's page: the demo data has
     * none, and the one CampaignIT makes may not exist yet. Answers the page's path.
     */
    static String draftCampaign(Browser supervisor) {
        String name = Api.unique("Accessibility check");
        supervisor.go("/console/supervisor/segments.xhtml");
        supervisor.visible(By.id("segmentForm:name")).sendKeys(name);
        supervisor.find(By.id("segmentForm:save")).click();
        supervisor.waitFor(
                "the saved segment",
                d -> d.findElement(By.id("savedForm:saved")).getText().contains(name));
        supervisor.go("/console/supervisor/campaigns.xhtml");
        supervisor.visible(By.id("campaignForm:name")).sendKeys(name);
        supervisor.chooseInMenu("campaignForm:segment", name);
        supervisor.find(By.id("campaignForm:subjectEn")).sendKeys("Winter care tips");
        supervisor.find(By.id("campaignForm:bodyEn")).sendKeys("Hello {firstName}, descale your kettle monthly.");
        supervisor.find(By.id("campaignForm:subjectIt")).sendKeys("Consigli per l'inverno");
        supervisor.find(By.id("campaignForm:bodyIt")).sendKeys("Ciao {firstName}, decalcifica il bollitore.");
        supervisor.find(By.id("campaignForm:create")).click();
        supervisor.waitFor("the campaign page", d -> d.getCurrentUrl().contains("/supervisor/campaign.xhtml"));
        java.net.URI shown = java.net.URI.create(supervisor.driver().getCurrentUrl());
        return shown.getRawPath() + "?" + shown.getRawQuery();
    }

    /** Runs axe on {@code page}; one line per serious or critical violation. */
    static List<String> check(Browser browser, String page) {
        browser.go(page);
        return checkShown(browser, page);
    }

    /** Runs axe on the page the browser shows now, named {@code page} in the lines it answers. */
    @SuppressWarnings("unchecked")
    static List<String> checkShown(Browser browser, String page) {
        browser.waitFor(page + " loaded", d -> "complete".equals(browser.script("return document.readyState")));
        browser.screenshot(page);
        browser.script(axeSource());
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 4).map(function (n) {"
                        + "      return n.target.join(' '); }).join(' | '); }));"
                        + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        List<String> lines = new ArrayList<>();
        // A page that failed to render (an Ajax target missing, a broken expression) is blank and
        // passes axe: the segments page did, unnoticed. Every page we ship has a heading.
        if (browser.driver().findElements(org.openqa.selenium.By.tagName("h1")).isEmpty()) {
            lines.add(page + " -> no h1: the page did not render ("
                    + browser.driver().getTitle() + ")");
        }
        for (Object line : (List<Object>) result) {
            lines.add(page + " -> " + line);
        }
        return lines;
    }

    /** The ear module's lifecycle copies no test resources, so the file is read from the source tree. */
    private static String axeSource() {
        java.nio.file.Path file =
                java.nio.file.Path.of(System.getProperty("caredesk.axe", "src/test/resources/axe/axe.min.js"));
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is read from " + file.toAbsolutePath(), e);
        }
    }
}
