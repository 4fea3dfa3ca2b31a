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
 * Deflection on the "contact us" form: typing a subject and message brings up matching articles;
 * an article opened from there, with no case sent afterwards, counts as deflected in the console,
 * and a case sent in the same form session does not.
 */
@ExtendWith(RunningCareDesk.class)
class KbCaseFormIT {
    private final CareDesk app;

    KbCaseFormIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browserAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void typingShowsArticlesAndAnOpenedOneWithoutACaseIsDeflected() {
        try (Browser consumer = Browser.open(app);
                Browser supervisor = Browser.open(app)) {
            consumer.go("/contact.xhtml");
            consumer.visible(By.id("caseForm:subject")).sendKeys("My kettle is not heating");
            List<WebElement> links = suggestions(consumer);
            assertTrue(
                    links.get(0).getText().toLowerCase().contains("kettle"),
                    links.get(0).getText());
            String articleId = links.get(0).getAttribute("data-id");
            String href = links.get(0).getAttribute("href");
            assertTrue(href.matches(".*/article\\.xhtml\\?id=" + articleId + "&fs=[0-9a-f]{32}"), href);

            KbConsole.signIn(supervisor, "/console/kb/feedback.xhtml");
            long[] before = KbConsole.figures(supervisor, articleId);

            consumer.driver().get(href); // as the new tab would
            consumer.visible(By.cssSelector("article.article h1"));

            supervisor.go("/console/kb/feedback.xhtml");
            long[] after = KbConsole.figures(supervisor, articleId);
            assertTrue(after[3] >= 1, "not counted as suggested"); // recorded when shown, before 'before' was read
            assertEquals(before[4] + 1, after[4], "opened");
            assertEquals(before[5] + 1, after[5], "deflected");
        }
    }

    @Test
    void theMessageAloneAlsoBringsSuggestionsAndASentCaseIsNotDeflected() {
        try (Browser consumer = Browser.open(app);
                Browser supervisor = Browser.open(app)) {
            consumer.go("/contact.xhtml");
            consumer.visible(By.id("caseForm:message")).sendKeys("I forgot my password and cannot sign in");
            List<WebElement> links = suggestions(consumer);
            String articleId = links.get(0).getAttribute("data-id");
            String href = links.get(0).getAttribute("href");
            KbConsole.signIn(supervisor, "/console/kb/feedback.xhtml");
            long[] before = KbConsole.figures(supervisor, articleId);

            // the article opened in another tab; then the consumer sends the case after all
            consumer.script("window.open(arguments[0], '_blank');", href);
            List<String> tabs = List.copyOf(consumer.driver().getWindowHandles());
            consumer.driver().switchTo().window(tabs.get(1));
            consumer.visible(By.cssSelector("article.article h1"));
            consumer.driver().close();
            consumer.driver().switchTo().window(tabs.get(0));
            consumer.find(By.id("caseForm:subject")).sendKeys(Api.unique("Password"));
            consumer.find(By.id("caseForm:submit")).click();
            assertFalse(consumer.visible(By.id("caseNumber")).getText().isBlank());

            supervisor.go("/console/kb/feedback.xhtml");
            long[] after = KbConsole.figures(supervisor, articleId);
            assertEquals(before[4] + 1, after[4], "opened");
            assertEquals(before[5], after[5], "a form session that sent a case counted as deflected");
        }
    }

    private static List<WebElement> suggestions(Browser consumer) {
        return consumer.waitFor("article suggestions on the case form", d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#deflectionList a"));
            return found.isEmpty() ? null : found;
        });
    }
}
