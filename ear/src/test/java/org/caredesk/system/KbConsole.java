package org.caredesk.system;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's knowledge-base pages as the browser tests use them. */
final class KbConsole {
    static final String SUPERVISOR = "supervisor@example.com";
    static final String SUPERVISOR_PASSWORD = "supervisor-demo";

    private KbConsole() {}

    /** Signs in as the demo supervisor and lands on {@code page}. */
    static void signIn(Browser browser, String page) {
        browser.go(page);
        browser.submitSignIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        browser.waitFor("the console after signing in", d -> !d.getCurrentUrl().contains("login.xhtml"));
        browser.go(page);
    }

    /**
     * The figures row of one article on the feedback page (all articles listed): helpful, not helpful,
     * comments, suggested, opened, deflected.
     */
    static long[] figures(Browser browser, String articleId) {
        browser.visible(By.id("figuresForm:figures"));
        WebElement only = browser.find(By.id("figuresForm:onlyActive_input"));
        if (only.isSelected()) {
            browser.find(By.cssSelector("#figuresForm\\:onlyActive .ui-chkbox-box"))
                    .click();
            browser.waitFor(
                    "every article listed",
                    d -> !d.findElement(By.id("figuresForm:onlyActive_input")).isSelected()
                            && d.findElements(By.cssSelector("#figuresForm\\:figures tbody tr"))
                                            .size()
                                    >= 20);
        }
        String href = "id=" + articleId;
        while (true) {
            for (WebElement row : browser.driver().findElements(By.cssSelector("#figuresForm\\:figures tbody tr"))) {
                List<WebElement> link = row.findElements(By.cssSelector("td.figure-title a"));
                if (!link.isEmpty() && link.get(0).getAttribute("href").endsWith(href)) {
                    List<WebElement> cells = row.findElements(By.cssSelector("td.num"));
                    // helpful, not helpful, share, comments, shown, opened, deflected
                    return new long[] {
                        number(cells.get(0)),
                        number(cells.get(1)),
                        number(cells.get(3)),
                        number(cells.get(4)),
                        number(cells.get(5)),
                        number(cells.get(6))
                    };
                }
            }
            List<WebElement> next = browser.driver()
                    .findElements(By.cssSelector("#figuresForm\\:figures .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                throw new AssertionError("article " + articleId + " is not on the figures page");
            }
            String firstRow = browser.find(By.cssSelector("#figuresForm\\:figures tbody tr"))
                    .getText();
            next.get(0).click();
            browser.waitFor(
                    "the next page of figures", d -> !d.findElement(By.cssSelector("#figuresForm\\:figures tbody tr"))
                            .getText()
                            .equals(firstRow));
        }
    }

    private static long number(WebElement cell) {
        // reflow tables repeat the column header inside each cell for phones
        String text = cell.getText().replaceAll("[^0-9]", " ").trim();
        String[] parts = text.split("\\s+");
        return Long.parseLong(parts[parts.length - 1]);
    }
}
