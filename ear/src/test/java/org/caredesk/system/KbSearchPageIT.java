package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal's help search page in a headless Chromium, on the demo knowledge base: a misspelt
 * query is corrected and says so, a facet narrows the results, results are paged, and the
 * search box suggests titles as you type and is usable with the keyboard alone.
 */
@ExtendWith(RunningCareDesk.class)
class KbSearchPageIT {
    private final CareDesk app;

    KbSearchPageIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browserAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aMisspeltQueryShowsTheCorrectionItsResultsAndALinkToTheTextAsTyped() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/search.xhtml?q=warrnaty%20claim&lang=en");
            WebElement corrected = browser.visible(By.id("correctedLink"));
            assertEquals("warranty claim", corrected.getText().trim());
            List<WebElement> results = browser.driver().findElements(By.cssSelector("#results li.result"));
            assertFalse(results.isEmpty(), "no results for the corrected query");
            assertTrue(
                    results.get(0).getText().toLowerCase().contains("warranty"),
                    results.get(0).getText());
            assertFalse(
                    browser.driver()
                            .findElements(By.cssSelector("#results mark"))
                            .isEmpty(),
                    "no highlighted words");

            browser.find(By.id("asTypedLink")).click();
            browser.waitFor("the search as typed", d -> d.getCurrentUrl().contains("asTyped=1"));
            assertTrue(browser.driver().findElements(By.id("correctedLink")).isEmpty(), "still corrected");
            assertEquals(
                    "warranty claim",
                    browser.visible(By.id("suggestionLink")).getText().trim(),
                    "no 'did you mean'");
        }
    }

    @Test
    void aCategoryFacetNarrowsTheResultsAndCanBeRemoved() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/search.xhtml?q=warranty&lang=en");
            long before = count(browser);
            List<WebElement> categories = browser.driver().findElements(By.cssSelector("#categoryFacets a.facet"));
            assertTrue(categories.size() >= 2, "expected several categories for 'warranty', got " + categories.size());
            WebElement last = categories.get(categories.size() - 1);
            String category = last.getAttribute("data-value");
            String countText =
                    last.findElement(By.cssSelector(".count")).getText().trim();
            long facetCount = Long.parseLong(countText);
            // The facet and each result show the category by its name ("Product safety"), the link carries its key.
            String name = last.getText().trim();
            name = name.substring(0, name.length() - countText.length()).trim();
            last.click();

            browser.waitFor(
                    "the search narrowed to " + category, d -> d.getCurrentUrl().contains("category=" + category));
            assertEquals(facetCount, count(browser), "the facet's count and the narrowed total differ");
            assertTrue(facetCount < before, "narrowing did not narrow: " + facetCount + " of " + before);
            assertEquals(
                    Set.of(name),
                    browser.driver().findElements(By.cssSelector("#results li.result .tag:last-child")).stream()
                            .map(e -> e.getText().trim())
                            .collect(Collectors.toSet()));

            browser.find(By.cssSelector("#categoryFacets a.facet-remove")).click();
            browser.waitFor("the filter removed", d -> !d.getCurrentUrl().contains("category="));
            assertEquals(before, count(browser));
        }
    }

    @Test
    void resultsArePagedTenAtATime() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/search.xhtml?q=product&lang=all");
            long total = count(browser);
            assertTrue(total > 10, "the demo needs more than one page for 'product', found " + total);
            List<String> first = ids(browser);
            assertEquals(10, first.size());

            browser.find(By.id("nextPage")).click();
            browser.waitFor("page 2", d -> d.getCurrentUrl().contains("page=2"));
            List<String> second = ids(browser);
            assertEquals(Math.min(10, total - 10), second.size());
            assertTrue(second.stream().noneMatch(first::contains), "page 2 repeats page 1: " + first + " / " + second);
            assertEquals(
                    "page", browser.find(By.cssSelector("#pager a.current")).getAttribute("aria-current"));
            assertEquals(
                    "2",
                    browser.find(By.cssSelector("#pager a.current")).getText().trim());

            browser.find(By.id("prevPage")).click();
            browser.waitFor("page 1 again", d -> !d.getCurrentUrl().contains("page="));
            assertEquals(first, ids(browser));
        }
    }

    @Test
    void theSearchBoxSuggestsTitlesAndAKeyboardPicksOne() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/");
            WebElement box = browser.visible(By.id("q"));
            box.sendKeys("passw");
            WebElement option = browser.visible(By.cssSelector("#qSuggestions [role=option]"));
            assertTrue(option.getText().toLowerCase().contains("password"), option.getText());
            assertEquals("true", box.getAttribute("aria-expanded"));

            box.sendKeys(Keys.ARROW_DOWN);
            String chosen = browser.find(By.cssSelector("#qSuggestions [aria-selected=true]"))
                    .getText();
            assertEquals(
                    browser.find(By.cssSelector("#qSuggestions [aria-selected=true]"))
                            .getAttribute("id"),
                    box.getAttribute("aria-activedescendant"));
            box.sendKeys(Keys.ENTER);
            browser.waitFor(
                    "the search for the chosen title", d -> d.getCurrentUrl().contains("/search.xhtml"));
            assertEquals(chosen, browser.visible(By.id("q")).getAttribute("value"));
            assertNotEquals(0L, count(browser));
        }
    }

    @Test
    void theLanguageFilterDefaultsToTheInterfaceLanguage() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/search.xhtml?q=garanzia");
            assertEquals("en", browser.find(By.id("lang")).getAttribute("value"));
            browser.go("/search.xhtml?q=garanzia&lang=it");
            List<WebElement> italian = browser.driver().findElements(By.cssSelector("#results li.result .tag[lang]"));
            assertAll(
                    () -> assertFalse(italian.isEmpty(), "no Italian results for 'garanzia'"),
                    () -> assertTrue(italian.stream().allMatch(e -> "it".equals(e.getAttribute("lang")))));
        }
    }

    private static long count(Browser browser) {
        String text = browser.visible(By.id("resultCount")).getText().trim();
        return Long.parseLong(text.replaceAll("^\\D*(\\d+).*$", "$1"));
    }

    private static List<String> ids(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#results li.result")).stream()
                .map(e -> e.getAttribute("data-id"))
                .toList();
    }
}
