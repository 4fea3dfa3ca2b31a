package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.SUPERVISOR;
import static org.caredesk.system.Api.SUPERVISOR_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 13 item 3 in the browser: what the customer added to a case reaches the agent on the console's
 * case page. The customer's photo is on the timeline and downloads (the agent's download is in the
 * audit trail), the rating and its comment are in the case facts and on the timeline, and the customer's
 * closing and reopening are timeline entries. (CaseTimelineApiIT checks the same through the API;
 * CaseWorkIT the other way, an agent's file on a reply reaching the customer's portal.)
 */
@ExtendWith(RunningCareDesk.class)
class CaseTimelinePageIT {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    private static final String AS_ALICE = basic(ALICE, ALICE_PASSWORD);
    private final CareDesk app;
    private final Api api;

    CaseTimelinePageIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void theAgentSeesDownloadsAndIsAuditedForTheCustomersPhotoRatingClosingAndReopening() {
        String number = api.createCaseAsAlice(Api.unique("Loose handle"), "The handle of my kettle wobbles.")
                .getString("caseNumber");
        HttpRequest upload = api.request("/api/v1/me/attachments?caseNumber=" + number + "&fileName=wobble.png")
                .header("Authorization", AS_ALICE)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG))
                .build();
        assertEquals(201, api.sendAlone(upload).statusCode());
        assertEquals(
                200,
                api.postJson("/api/v1/me/cases/" + number + "/close", "", AS_ALICE)
                        .statusCode());
        assertEquals(
                200,
                api.postJson(
                                "/api/v1/me/cases/" + number + "/rating",
                                "{\"score\":4,\"comment\":\"Kind, but slow\"}",
                                AS_ALICE)
                        .statusCode());
        assertEquals(
                200,
                api.postJson("/api/v1/me/cases/" + number + "/reopen", "", AS_ALICE)
                        .statusCode());
        Instant beforeDownload = Instant.now().minusSeconds(5);

        try (Browser dana = Browser.open(app)) {
            CaseWorkIT.openCase(dana, AGENT, AGENT_PASSWORD, number);
            WebElement attached = entry(dana, "kind-attachment");
            WebElement link = attached.findElement(By.cssSelector("a.attachment-link"));
            WebElement rating = entry(dana, "kind-rating");
            assertAll(
                    () -> assertTrue(attached.getText().contains("Attached a file"), attached.getText()),
                    () -> assertEquals("wobble.png", link.getText().trim()),
                    () -> assertTrue(
                            entry(dana, "kind-closed").getText().contains("Closed the case"),
                            entry(dana, "kind-closed").getText()),
                    () -> assertTrue(rating.getText().contains("Rated the outcome"), rating.getText()),
                    () -> assertTrue(rating.getText().contains("Rating: 4/5"), rating.getText()),
                    () -> assertTrue(rating.getText().contains("Kind, but slow"), rating.getText()),
                    () -> assertTrue(
                            entry(dana, "kind-reopened").getText().contains("Reopened the case"),
                            entry(dana, "kind-reopened").getText()),
                    () -> assertEquals(
                            "4/5 · Kind, but slow",
                            dana.find(By.id("caseRating")).getText().trim()),
                    () -> assertEquals(
                            List.of("kind-message", "kind-attachment", "kind-closed", "kind-rating", "kind-reopened"),
                            kinds(dana),
                            "the timeline in order"));

            // The link downloads the file, with the agent's session, as the agent's click would.
            Map<String, Object> download = fetch(dana, link.getAttribute("href"));
            assertEquals(200L, download.get("status"), download::toString);
            assertEquals("image/png", download.get("type"), download::toString);
            assertEquals(List.of(137L, 80L, 78L, 71L), download.get("head"), "a PNG's first bytes: " + download);
            assertEquals((long) PNG.length, download.get("size"), download::toString);

            String attachmentId = link.getAttribute("href").replaceAll(".*/", "");
            long alice = Api.object(api.get(
                            "/console/api/v1/customers?email=" + URLEncoder.encode(ALICE, StandardCharsets.UTF_8),
                            basic(AGENT, AGENT_PASSWORD)))
                    .getJsonNumber("id")
                    .longValue();
            java.net.http.HttpResponse<String> trail =
                    api.get("/console/api/v1/audit?customer=" + alice, basic(SUPERVISOR, SUPERVISOR_PASSWORD));
            assertTrue(
                    Api.json(trail).asJsonArray().stream()
                            .map(e -> e.asJsonObject())
                            .anyMatch(e -> e.getString("actor").equals(AGENT)
                                    && e.getString("action").equals("attachment.opened")
                                    && e.getString("detail").equals("attachment " + attachmentId)
                                    && !Instant.parse(e.getString("at")).isBefore(beforeDownload)),
                    "the agent's download is audited: " + trail.body());
        }
    }

    private static WebElement entry(Browser browser, String kind) {
        return browser.visible(By.cssSelector("#timeline li.timeline-entry." + kind));
    }

    private static List<String> kinds(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#timeline li.timeline-entry")).stream()
                .map(e -> java.util.Arrays.stream(e.getAttribute("class").split("\\s+"))
                        .filter(c -> c.startsWith("kind-"))
                        .findFirst()
                        .orElse("?"))
                .toList();
    }

    /** Fetches {@code href} from the page, as a click on the link would, and describes the answer. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String href) {
        return (Map<String, Object>)
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0], {credentials: 'same-origin'})
                            .then(r => r.arrayBuffer().then(b => done({
                                status: r.status,
                                type: r.headers.get('Content-Type'),
                                size: b.byteLength,
                                head: Array.from(new Uint8Array(b).slice(0, 4))})))
                            .catch(e => done({status: -1, type: String(e)}));
                        """, href);
    }
}
