package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** On a 390x844 phone: the portal's sections behind a menu button, search results on the first screen, a compact queue. */
@ExtendWith(RunningCareDesk.class)
class PhoneLayoutIT {
    private static final int PHONE_HEIGHT = 844;
    private final CareDesk app;

    PhoneLayoutIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void thePortalNavFoldsAndSearchResultsStartOnTheFirstScreen() {
        try (Browser phone = Browser.open(app)) {
            phone.driver().manage().window().setSize(new Dimension(390, PHONE_HEIGHT));
            phone.go("/search.xhtml?q=charger");
            WebElement menu = phone.visible(By.id("portalMenuToggle"));
            assertFalse(phone.find(By.id("mainNav")).isDisplayed(), "the sections wait behind the menu button");
            WebElement first = phone.visible(By.cssSelector("#results li"));
            int top = first.getRect().getY();
            assertTrue(top < PHONE_HEIGHT - 100, "the first result starts on the first screen, at " + top + " px");
            menu.click();
            assertTrue(phone.visible(By.id("mainNav")).isDisplayed());
            assertEquals("true", menu.getAttribute("aria-expanded"));
        }
    }

    @Test
    void theQueueIsACompactListOnAPhone() {
        try (Browser phone = Browser.open(app)) {
            phone.driver().manage().window().setSize(new Dimension(390, PHONE_HEIGHT));
            phone.signInToConsole(AGENT, AGENT_PASSWORD);
            List<WebElement> rows = phone.waitFor("queue rows", d -> {
                List<WebElement> found = d.findElements(By.cssSelector("[id='queueForm:queue'] tbody tr[data-ri]"));
                return found.size() >= 3 ? found : null;
            });
            for (WebElement row : rows.subList(0, 3)) {
                int height = row.getRect().getHeight();
                assertTrue(
                        height <= 110,
                        "a case takes at most about three short lines, not a nine-row card: " + height + " px");
            }
        }
    }

    /**
     * No console page scrolls sideways on a phone. Long words (the mailbox address) and wide widgets (a
     * select menu as wide as its longest product name, on the sentiment and campaign pages) did.
     */
    @Test
    void noConsolePageScrollsSidewaysOnAPhone() {
        try (Browser phone = Browser.open(app)) {
            phone.driver().manage().window().setSize(new Dimension(390, PHONE_HEIGHT));
            phone.signInToConsole(KbConsole.SUPERVISOR, KbConsole.SUPERVISOR_PASSWORD);
            List<String> pages = consolePages();
            pages.add(AccessibilityIT.draftCampaign(phone));
            List<String> sideways = new ArrayList<>();
            for (String page : pages) {
                phone.go(page);
                phone.visible(By.tagName("h1"));
                sideways(phone, page).ifPresent(sideways::add);
            }
            assertTrue(sideways.isEmpty(), "pages that scroll sideways on a phone: " + sideways);
        }
    }

    /** The error pages (not found, expired, access denied, back in a moment) fit a phone too. */
    @Test
    void noErrorPageScrollsSidewaysOnAPhone() {
        try (Browser phone = Browser.open(app)) {
            phone.driver().manage().window().setSize(new Dimension(390, PHONE_HEIGHT));
            List<String> sideways = new ArrayList<>();
            for (String page : AccessibilityIT.PORTAL_ERRORS) {
                phone.go(page);
                phone.visible(By.tagName("h1"));
                sideways(phone, page).ifPresent(sideways::add);
            }
            phone.driver().get(AccessibilityIT.backInAMoment(false));
            phone.visible(By.tagName("h1"));
            sideways(phone, "503 page").ifPresent(sideways::add);
            phone.signInToConsole(AGENT, AGENT_PASSWORD);
            for (String page : AccessibilityIT.CONSOLE_ERRORS) {
                phone.go(page);
                phone.visible(By.tagName("h1"));
                sideways(phone, page).ifPresent(sideways::add);
            }
            assertTrue(sideways.isEmpty(), "error pages that scroll sideways on a phone: " + sideways);
        }
    }

    /** How far and by what the page shown now scrolls sideways, if it does. */
    private static java.util.Optional<String> sideways(Browser phone, String page) {
        phone.screenshot(page);
        String wide = (String) phone.script("""
                const width = window.innerWidth;
                if (document.documentElement.scrollWidth <= width) { return null; }
                const first = [...document.querySelectorAll('body *')]
                    .find(e => e.getBoundingClientRect().right > width + 1);
                return (document.documentElement.scrollWidth - width) + ' px, first: '
                    + (first ? first.tagName + '#' + first.id + '.' + first.className : '?');
                """);
        return java.util.Optional.ofNullable(wide).map(w -> page + " by " + w);
    }

    private static List<String> consolePages() {
        List<String> pages = new ArrayList<>(AccessibilityIT.AGENT_CONSOLE);
        pages.addAll(AccessibilityIT.SUPERVISOR_CONSOLE);
        return pages;
    }
}
