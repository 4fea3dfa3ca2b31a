package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console's knowledge-base editor and synonyms editor in a headless Chromium: an article
 * written with the rich text editor is searchable on the portal within a second, unpublishing
 * takes it away, and a synonym group saved in the console changes the portal's search at once.
 */
@ExtendWith(RunningCareDesk.class)
class KbEditorIT {
    private static final Duration FRESHNESS = Duration.ofSeconds(1);
    /** For what this class does not measure (an article written through the API, a synonym change). */
    private static final Duration SOON = Duration.ofSeconds(5);

    private final CareDesk app;
    private final Api api;

    KbEditorIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browserAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void anArticleWrittenInTheEditorIsSearchableOnThePortalAndUnpublishingRemovesIt() {
        String word = "qx" + Long.toString(System.nanoTime(), 36);
        try (Browser supervisor = Browser.open(app)) {
            KbConsole.signIn(supervisor, "/console/kb/edit.xhtml");
            supervisor.visible(By.id("editor:title")).sendKeys("Descaling the " + word + " steamer");
            WebElement body = supervisor.visible(By.cssSelector("#editor\\:body .ql-editor"));
            body.click();
            body.sendKeys("Fill the tank with vinegar and run the " + word + " programme.", Keys.ENTER);
            supervisor.find(By.cssSelector("#editor button.ql-bold")).click();
            body.sendKeys("Rinse twice.");
            WebElement tags = supervisor.find(By.cssSelector("#editor\\:tags input"));
            tags.sendKeys("descaling", Keys.ENTER);

            supervisor.find(By.id("editor:preview")).click();
            WebElement preview = supervisor.visible(By.id("previewBody"));
            assertEquals(
                    "Rinse twice.", preview.findElement(By.tagName("strong")).getText());

            supervisor.find(By.id("editor:save")).click();
            supervisor.waitFor(
                    "the article saved", d -> !d.findElements(By.cssSelector("#editor\\:status.status-PUBLISHED"))
                            .isEmpty());
            assertTrue(
                    searchUntil(word, r -> r.getInt("total") == 1),
                    "the new article is not searchable within " + FRESHNESS);
            long id = object(api.get("/api/v1/kb/search?q=" + word))
                    .getJsonArray("hits")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            JsonObject article = object(api.get("/api/v1/kb/articles/" + id));
            assertEquals("Descaling the " + word + " steamer", article.getString("title"));
            assertTrue(article.getString("body").contains("<strong>Rinse twice.</strong>"), article.getString("body"));
            assertEquals("descaling", article.getJsonArray("tags").getString(0));

            supervisor.find(By.id("editor:unpublish")).click();
            supervisor.waitFor("the article unpublished", d -> !d.findElements(
                            By.cssSelector("#editor\\:status.status-UNPUBLISHED"))
                    .isEmpty());
            assertTrue(searchUntil(word, r -> r.getInt("total") == 0), "the unpublished article is still found");

            supervisor.go("/console/kb/articles.xhtml");
            WebElement row = supervisor.visible(By.xpath("//tr[.//a[contains(., '" + word + "')]]"));
            assertTrue(row.getText().contains("Unpublished"), row.getText());
        }
    }

    @Test
    void anEmptyTitleIsRefusedOnTheField() {
        try (Browser supervisor = Browser.open(app)) {
            KbConsole.signIn(supervisor, "/console/kb/edit.xhtml");
            WebElement body = supervisor.visible(By.cssSelector("#editor\\:body .ql-editor"));
            body.click();
            body.sendKeys("A body without a title.");
            supervisor.find(By.id("editor:save")).click();
            WebElement error = supervisor.visible(By.cssSelector("#editor\\:messages .ui-messages-error"));
            assertTrue(error.getText().startsWith("Title:"), error.getText());
            assertTrue(supervisor.driver().findElements(By.id("editor:status")).isEmpty(), "saved without a title");
        }
    }

    @Test
    void aSynonymGroupSavedInTheConsoleChangesThePortalsSearchAtOnce() {
        String word = "qy" + Long.toString(System.nanoTime(), 36);
        String synonym = "vz" + new StringBuilder(word.substring(2)).reverse();
        HttpResponse<String> created = api.postJson(
                "/console/api/v1/kb/articles",
                Json.createObjectBuilder()
                        .add("title", "Using the " + word + " clamp")
                        .add("body", "<p>Tighten the " + word + " clamp by hand.</p>")
                        .add("language", "en")
                        .build()
                        .toString(),
                basic(KbConsole.SUPERVISOR, KbConsole.SUPERVISOR_PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(searchUntil(word, r -> r.getInt("total") == 1, SOON), "the article is not searchable");
        assertEquals(
                0,
                object(api.get("/api/v1/kb/search?q=" + synonym + "&lang=en")).getInt("total"));

        try (Browser supervisor = Browser.open(app)) {
            KbConsole.signIn(supervisor, "/console/kb/synonyms.xhtml");
            WebElement text = supervisor.visible(By.id("synonymsForm:text"));
            String original = text.getAttribute("value");
            try {
                text.sendKeys(Keys.CONTROL, Keys.END);
                text.sendKeys(Keys.ENTER, "[en]", Keys.ENTER, word + ", " + synonym, Keys.ENTER);
                supervisor.find(By.id("synonymsForm:save")).click();
                supervisor.visible(By.cssSelector("#synonymsForm\\:messages .ui-messages-info"));
                assertTrue(
                        searchUntil(synonym, r -> r.getInt("total") == 1, SOON),
                        "the portal's search does not use the new synonym within " + SOON);
            } finally {
                supervisor.script("document.getElementById('synonymsForm:text').value = arguments[0];", original);
                supervisor.find(By.id("synonymsForm:save")).click();
                supervisor.visible(By.cssSelector("#synonymsForm\\:messages .ui-messages-info"));
            }
            assertTrue(searchUntil(synonym, r -> r.getInt("total") == 0, SOON), "the removed synonym still applies");
        }
    }

    @Test
    void aBadSynonymLineIsNamedAndNothingChanges() {
        try (Browser supervisor = Browser.open(app)) {
            KbConsole.signIn(supervisor, "/console/kb/synonyms.xhtml");
            WebElement text = supervisor.visible(By.id("synonymsForm:text"));
            String original = text.getAttribute("value");
            supervisor.script(
                    "document.getElementById('synonymsForm:text').value = arguments[0];",
                    "[fr]\nremboursement, argent");
            supervisor.find(By.id("synonymsForm:save")).click();
            WebElement error = supervisor.visible(By.cssSelector("#synonymsForm\\:messages .ui-messages-error"));
            assertTrue(
                    error.getText().contains("line 1") && error.getText().contains("unknown language section"),
                    error.getText());
            supervisor.go("/console/kb/synonyms.xhtml");
            assertEquals(
                    original, supervisor.visible(By.id("synonymsForm:text")).getAttribute("value"));
        }
    }

    @Test
    void onlySupervisorsOpenTheKnowledgeBasePages() {
        assertEquals(
                403,
                api.get("/console/kb/articles.xhtml", basic(AGENT, AGENT_PASSWORD))
                        .statusCode());
        assertEquals(
                403,
                api.get("/console/kb/synonyms.xhtml", basic(AGENT, AGENT_PASSWORD))
                        .statusCode());
        assertEquals(
                200,
                api.get("/console/kb/feedback.xhtml", basic(KbConsole.SUPERVISOR, KbConsole.SUPERVISOR_PASSWORD))
                        .statusCode());
    }

    private boolean searchUntil(String query, Predicate<JsonObject> condition) {
        return searchUntil(query, condition, FRESHNESS);
    }

    private boolean searchUntil(String query, Predicate<JsonObject> condition, Duration within) {
        Instant deadline = Instant.now().plus(within);
        do {
            JsonObject result =
                    object(api.get("/api/v1/kb/search?lang=en&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            if (condition.test(result)) {
                return true;
            }
        } while (Instant.now().isBefore(deadline));
        return false;
    }
}
