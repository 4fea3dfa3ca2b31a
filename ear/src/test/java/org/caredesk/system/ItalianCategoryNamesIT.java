package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13 item 17: Italian pages show values in Italian, never by their stored keys, which are not in the
 * English bundle, so {@link ItalianPagesIT} cannot see them: help-article categories on the search page
 * ("billing", "product-safety") and the channels of a customer's contacts on "My data" ("web").
 */
@ExtendWith(RunningCareDesk.class)
class ItalianCategoryNamesIT {
    private final CareDesk app;
    private final Api api;

    ItalianCategoryNamesIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void categoriesAreNamedInItalianNotByTheirKeys() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/");
            new Select(browser.visible(By.id("languageForm:language"))).selectByValue("it");
            browser.waitFor("the portal in Italian", d -> "it"
                    .equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.go("/search.xhtml?q=garanzia&lang=all");
            List<WebElement> facets = browser.waitFor("category facets", d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#categoryFacets a.facet"));
                return found.isEmpty() ? null : found;
            });
            List<String> names = facets.stream()
                    .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim())
                    .toList();
            List<String> keys =
                    facets.stream().map(a -> a.getAttribute("data-value")).toList();
            assertTrue(keys.contains("warranty"), "the search finds warranty articles: " + keys);
            assertEquals("Garanzia", names.get(keys.indexOf("warranty")), "facets " + names);
            List<String> shownAsKeys = names.stream().filter(keys::contains).toList();
            assertEquals(List.of(), shownAsKeys, "categories shown by their keys in the facets " + names);
            List<String> resultTags = browser.driver().findElements(By.cssSelector(".tag")).stream()
                    .map(WebElement::getText)
                    .filter(keys::contains)
                    .toList();
            assertEquals(List.of(), resultTags, "categories shown by their keys on the results");
        }
    }

    @Test
    void myDataNamesChannelsInItalian() {
        api.createCaseAsAlice(Api.unique("ItalianCategoryNamesIT"), "Il coperchio si è rotto.");
        try (Browser browser = Browser.open(app)) {
            browser.go("/");
            new Select(browser.visible(By.id("languageForm:language"))).selectByValue("it");
            browser.waitFor("the portal in Italian", d -> "it"
                    .equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.signInToPortal(Api.ALICE, Api.ALICE_PASSWORD);
            browser.go("/account/my-data.xhtml");
            List<String> channels = browser.waitFor("Alice's contacts", d -> {
                List<String> found = d.findElements(By.cssSelector("td.contact-channel")).stream()
                        .map(td -> td.getText().replaceAll("^Canale\\s*", "").trim())
                        .toList();
                return found.isEmpty() ? null : found;
            });
            assertTrue(channels.contains("Modulo web"), "the web channel in Italian: " + channels);
            List<String> keys = channels.stream()
                    .filter(c -> c.matches("web|email|phone|chat|social|import"))
                    .toList();
            assertEquals(List.of(), keys, "channels shown by their keys");
        }
    }
}
