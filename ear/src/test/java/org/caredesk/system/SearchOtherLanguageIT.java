package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An Italian word searched in English offers the Italian results with their count, and the link shows them. */
@ExtendWith(RunningCareDesk.class)
class SearchOtherLanguageIT {
    private final CareDesk app;

    SearchOtherLanguageIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void rimborsoInEnglishOffersTheItalianArticles() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/search.xhtml?q=rimborso&lang=en");
            WebElement offer = browser.visible(By.id("otherLanguageLink"));
            Matcher count =
                    Pattern.compile("(\\d+) articles? found in Italiano").matcher(offer.getText());
            assertTrue(count.find(), "offers the Italian results: " + offer.getText());
            int offered = Integer.parseInt(count.group(1));
            assertTrue(offered > 0);
            offer.click();
            browser.waitFor("the Italian results", d -> d.getCurrentUrl().contains("lang=it"));
            int shown =
                    browser.driver().findElements(By.cssSelector("#results li")).size();
            assertTrue(
                    shown > 0 && shown <= offered,
                    "the link leads to the " + offered + " articles it counted: " + shown);
        }
    }

    @Test
    void refundInItalianOffersTheEnglishArticles() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/search.xhtml?q=refund&lang=it");
            WebElement offer = browser.visible(By.id("otherLanguageLink"));
            Matcher count = Pattern.compile("(\\d+) articles? found in English").matcher(offer.getText());
            assertTrue(count.find(), "offers the English results: " + offer.getText());
            int offered = Integer.parseInt(count.group(1));
            offer.click();
            browser.waitFor("the English results", d -> d.getCurrentUrl().contains("lang=en"));
            int shown =
                    browser.driver().findElements(By.cssSelector("#results li")).size();
            assertTrue(
                    shown > 0 && shown <= offered,
                    "the link leads to the " + offered + " articles it counted: " + shown);
        }
    }
}
