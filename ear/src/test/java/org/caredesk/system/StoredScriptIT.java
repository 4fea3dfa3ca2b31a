package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15 item 4 in a real browser: an article title written to end the feedback page's inline chart script
 * and start the attacker's markup. The article is planted through the API, voted on so that it is charted,
 * and the supervisor's Chromium opens the feedback page: nothing of the title runs or becomes markup, the
 * chart's label and the table show it as the text it is.
 */
@ExtendWith(RunningCareDesk.class)
class StoredScriptIT {
    // Short enough for the chart's label (39 characters before it is shortened) to carry all of it.
    private static final String TITLE = "</script><img src=x onerror=pwned=1>";

    private final CareDesk app;
    private final Api api;

    StoredScriptIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browserAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void anArticleTitleThatEndsTheChartScriptStaysTextOnTheFeedbackPage() {
        String articleId = plantArticle();
        try (Browser consumer = Browser.open(app);
                Browser supervisor = Browser.open(app)) {
            // Three votes (one a session; three an address allows) put it among the ten charted articles.
            for (int vote = 0; vote < 3; vote++) {
                consumer.driver().manage().deleteAllCookies();
                consumer.go("/article.xhtml?id=" + articleId);
                consumer.visible(By.id("feedback:yes")).click();
                consumer.visible(By.id("thanks"));
            }

            KbConsole.signIn(supervisor, "/console/kb/feedback.xhtml");
            supervisor.waitFor(
                    "the votes chart drawn",
                    d -> supervisor.script("var w = PF('votesChart'); return !!(w && w.chart);"));
            @SuppressWarnings("unchecked")
            List<Object> labels = (List<Object>) supervisor.script("return PF('votesChart').chart.data.labels;");
            assertTrue(labels.contains(TITLE), "the chart names the article by its title, as text: " + labels);
            assertEquals("undefined", supervisor.script("return typeof window.pwned;"), "the title's handler ran");
            assertEquals(
                    0L,
                    supervisor.script("return document.querySelectorAll('img[src=\"x\"]').length;"),
                    "the title became markup");

            KbConsole.figures(supervisor, articleId); // lists every article
            WebElement link = supervisor.find(
                    By.cssSelector("#figuresForm\\:figures td.figure-title a[href$='id=" + articleId + "']"));
            assertEquals(TITLE, link.getText(), "the table shows the title as text");
        }
    }

    private String plantArticle() {
        String draft = Json.createObjectBuilder()
                .add("title", TITLE)
                .add("body", "<p>Descale the kettle once a month with citric acid " + System.nanoTime() + ".</p>")
                .add("language", "en")
                .add("tags", Json.createArrayBuilder())
                .add("products", Json.createArrayBuilder())
                .build()
                .toString();
        HttpResponse<String> created =
                api.postJson("/console/api/v1/kb/articles", draft, Api.basic(Api.SUPERVISOR, Api.SUPERVISOR_PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return Long.toString(Api.object(created).getJsonNumber("id").longValue());
    }
}
