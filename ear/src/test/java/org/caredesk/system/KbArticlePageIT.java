package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The portal's article page: "Was this helpful?" takes one vote per browser session with an
 * optional comment, related articles link elsewhere, and the votes reach the console's figures.
 */
@ExtendWith(RunningCareDesk.class)
class KbArticlePageIT {
    private final CareDesk app;

    KbArticlePageIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browserAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aVoteWithACommentIsTakenOncePerSessionAndCountedInTheConsole() {
        try (Browser consumer = Browser.open(app);
                Browser supervisor = Browser.open(app)) {
            String articleId = firstResultId(consumer, "kettle not heating");
            KbConsole.signIn(supervisor, "/console/kb/feedback.xhtml");
            long[] before = KbConsole.figures(supervisor, articleId);

            consumer.go("/article.xhtml?id=" + articleId);
            consumer.visible(By.id("feedback:no")).click();
            WebElement comment = consumer.visible(By.id("feedback:comment"));
            comment.sendKeys("It did not say what the red light means.");
            consumer.find(By.id("feedback:sendComment")).click();
            consumer.visible(By.id("commentThanks"));

            consumer.go("/article.xhtml?id=" + articleId);
            consumer.visible(By.id("thanks"));
            assertTrue(consumer.driver().findElements(By.id("feedback:yes")).isEmpty(), "a second vote is offered");

            supervisor.go("/console/kb/feedback.xhtml");
            long[] after = KbConsole.figures(supervisor, articleId);
            assertEquals(before[0], after[0], "helpful votes");
            assertEquals(before[1] + 1, after[1], "not-helpful votes");
            assertEquals(before[2] + 1, after[2], "comments");
        }
    }

    @Test
    void relatedArticlesLinkToOtherArticles() {
        try (Browser consumer = Browser.open(app)) {
            String articleId = firstResultId(consumer, "refund");
            consumer.go("/article.xhtml?id=" + articleId);
            List<WebElement> related = consumer.driver().findElements(By.cssSelector("#related a"));
            assertFalse(related.isEmpty(), "no related articles");
            assertTrue(
                    related.stream().noneMatch(a -> a.getAttribute("href").endsWith("id=" + articleId)),
                    "an article is related to itself");
        }
    }

    static String firstResultId(Browser browser, String query) {
        browser.go("/search.xhtml?q=" + query.replace(' ', '+') + "&lang=en");
        return browser.visible(By.cssSelector("#results li.result")).getAttribute("data-id");
    }
}
