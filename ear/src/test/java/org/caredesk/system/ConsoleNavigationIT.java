package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The console's header as staff meet it after signing in: every section link readable (WCAG AA
 * contrast against what is really painted behind it), reachable with the keyboard, the current
 * page marked, the signed-in name and Sign out on the header's first row, and a menu button on a phone.
 */
@ExtendWith(RunningCareDesk.class)
class ConsoleNavigationIT {
    private static final List<String> AGENT_LINKS =
            List.of("navQueue", "navCustomers", "navChats", "navContacts", "navAlerts");
    private static final List<String> SUPERVISOR_GROUPS =
            List.of("navGroupInsight", "navGroupKnowledge", "navGroupAdmin");

    private final CareDesk app;

    ConsoleNavigationIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void anAgentsLinksAreReadableMarkedAndReachableByKeyboard() {
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            assertReadable(agent);
            assertEquals(
                    "page",
                    agent.find(By.id("navQueue")).getAttribute("aria-current"),
                    "the queue is the current page");
            List<String> focused = tabThroughHeader(agent, 25);
            for (String id : AGENT_LINKS) {
                assertTrue(focused.contains(id), id + " is reached with Tab; focus went " + focused);
            }
            assertTrue(focused.contains("signOutForm:signOut"), "Sign out is reached with Tab; focus went " + focused);
            assertTrue(
                    agent.driver().findElements(By.id("navGroupAdmin")).isEmpty(), "an agent sees no supervisor menus");
        }
    }

    @Test
    void aSupervisorsGroupedMenusOpenByKeyboardAndKeepTheHeaderOnOneRow() {
        try (Browser supervisor = Browser.open(app)) {
            supervisor.driver().manage().window().setSize(new Dimension(1280, 900));
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.go("/console/settings.xhtml");
            supervisor.visible(By.id("navQueue"));
            supervisor.screenshot("console-header-supervisor");
            WebElement brand = supervisor.find(By.cssSelector(".console-header .brand"));
            WebElement signOut = supervisor.find(By.id("signOutForm:signOut"));
            int brandTop = brand.getRect().getY();
            int brandBottom = brandTop + brand.getRect().getHeight();
            // At 1280 px "Knowledge base" and "Admin" once fell to a second row of the navigation while the
            // name and Sign out stayed up: every top-level entry's middle must lie beside the brand.
            Object width = supervisor.script("return window.innerWidth");
            for (WebElement entry : supervisor.driver().findElements(By.cssSelector("#navMenu > li"))) {
                int middle = entry.getRect().getY() + entry.getRect().getHeight() / 2;
                assertTrue(
                        middle >= brandTop && middle <= brandBottom,
                        "'" + entry.getText().strip() + "' sits on the brand's row at " + width + " px (middle "
                                + middle + ", brand " + brandTop + "-" + brandBottom + ")");
            }
            assertTrue(
                    signOut.getRect().getY() < brandBottom,
                    "Sign out stays on the header's first row (top "
                            + signOut.getRect().getY() + ", brand bottom " + brandBottom + ")");
            assertEquals(
                    "true",
                    supervisor.find(By.id("navGroupAdmin")).getAttribute("data-current"),
                    "the Admin group holds the current page (settings)");

            List<String> focused = tabThroughHeader(supervisor, 30);
            for (String id : SUPERVISOR_GROUPS) {
                assertTrue(focused.contains(id + "Toggle"), id + " is reached with Tab; focus went " + focused);
            }
            WebElement toggle = supervisor.find(By.id("navGroupKnowledgeToggle"));
            toggle.sendKeys(Keys.ENTER);
            WebElement articles = supervisor.visible(By.id("navArticles"));
            new Actions(supervisor.driver()).sendKeys(Keys.TAB).perform();
            assertEquals(
                    "navArticles",
                    supervisor.script("return document.activeElement.id"),
                    "Tab after opening Knowledge base goes to its first link");
            assertTrue(articles.isDisplayed());
            assertReadable(supervisor);
            toggle.sendKeys(Keys.ESCAPE);
            supervisor.waitFor("the menu closes on Escape", d -> !d.findElement(By.id("navArticles"))
                    .isDisplayed());
        }
    }

    @Test
    void onAPhoneTheSectionsHideBehindAMenuButton() {
        try (Browser agent = Browser.open(app)) {
            agent.driver().manage().window().setSize(new Dimension(390, 844));
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            WebElement menu = agent.visible(By.id("navMenuToggle"));
            assertFalse(agent.find(By.id("navCustomers")).isDisplayed(), "the links wait behind the menu button");
            assertEquals("false", menu.getAttribute("aria-expanded"));
            WebElement header = agent.find(By.cssSelector(".console-header"));
            assertTrue(
                    header.getRect().getHeight() <= 120,
                    "the closed header is short on a phone: " + header.getRect().getHeight() + " px");
            agent.screenshot("console-header-phone");
            menu.click();
            agent.visible(By.id("navCustomers"));
            assertEquals("true", menu.getAttribute("aria-expanded"));
            assertReadable(agent);
        }
    }

    /** Every visible link and menu toggle of the header has at least 4.5:1 contrast. */
    private static void assertReadable(Browser browser) {
        List<WebElement> items = browser.driver()
                .findElements(By.cssSelector(
                        ".console-header a, .console-header button, .console-header summary, .console-header .user"));
        List<WebElement> visible =
                items.stream().filter(WebElement::isDisplayed).toList();
        assertFalse(visible.isEmpty(), "the header shows links");
        Map<String, Double> ratios = Contrast.asMap(Contrast.of(browser, visible));
        ratios.forEach((what, ratio) -> assertTrue(
                ratio >= 4.5,
                what + " has contrast " + String.format("%.2f", ratio) + ":1, below 4.5:1; all: " + ratios));
    }

    /** The ids of the elements that take focus, pressing Tab from the top of the page. */
    private static List<String> tabThroughHeader(Browser browser, int presses) {
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> focused = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            focused.add(String.valueOf(
                    browser.script("return document.activeElement.id || document.activeElement.tagName")));
        }
        return focused;
    }
}
