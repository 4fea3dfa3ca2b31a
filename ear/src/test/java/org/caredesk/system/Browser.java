package org.caredesk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through the system's chromedriver (never a downloaded browser),
 * with a fresh profile that is deleted on close. Tests are skipped when chromedriver is absent.
 */
final class Browser implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;
    private final CareDesk app;

    private Browser(CareDesk app, Path profile, ChromeDriver driver) {
        this.app = app;
        this.profile = profile;
        this.driver = driver;
    }

    static void assumeAvailable() {
        Path chromedriver = Path.of(System.getProperty("caredesk.chromedriver", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getProperty("caredesk.chromium", "/usr/bin/chromium"));
        Assumptions.assumeTrue(
                Files.isExecutable(chromedriver),
                () -> "browser tests skipped: no chromedriver at " + chromedriver
                        + " (apt-get install chromium-driver)");
        Assumptions.assumeTrue(
                Files.isExecutable(chromium),
                () -> "browser tests skipped: no Chromium at " + chromium + " (apt-get install chromium)");
    }

    static Browser open(CareDesk app) {
        return open(app, "en");
    }

    /** A browser whose user prefers {@code language} (its Accept-Language): the console follows it. */
    static Browser open(CareDesk app, String language) {
        assumeAvailable();
        Path chromedriver = Path.of(System.getProperty("caredesk.chromedriver", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getProperty("caredesk.chromium", "/usr/bin/chromium"));
        Path profile;
        try {
            profile = Files.createTempDirectory("caredesk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new Browser(app, profile, driver);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(app.uri(path).toString());
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    <T> T waitFor(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> what + "; the page was " + pageSummary())
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        // An element that an Ajax update replaced between finding it and asking about it:
                        // Chromium sometimes says so as an inspector error rather than a stale reference
                        // (CI: SelfServiceJourneyIT). Asked again on the next poll, like a stale one.
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Where the browser is and what it shows, for a failed wait's message (a flaky run is read from it). */
    private String pageSummary() {
        try {
            String text = driver.findElement(By.tagName("body"))
                    .getText()
                    .replaceAll("\\s+", " ")
                    .trim();
            return driver.getCurrentUrl() + " showing: "
                    + (text.length() > 1_500 ? text.substring(0, 1_500) + "…" : text);
        } catch (RuntimeException e) {
            return "unreadable (" + e.getClass().getSimpleName() + ")";
        }
    }

    WebElement visible(By by) {
        return waitFor(by + " visible", d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element : null;
        });
    }

    /**
     * Picks {@code label} in a PrimeFaces select menu through the menu's own widget, as its item
     * click handler does (select the item, fire the change that runs the menu's Ajax), and waits
     * until the menu shows it. Clicking the panel's items proved unreliable in headless Chromium
     * under load: Selenium clicks where an item was while the panel still slides open, so the click
     * lands on a neighbour (CI: QueueIT lost a click, CampaignIT picked "Any" for "Italian").
     */
    void chooseInMenu(String menuId, String label) {
        Object picked = script("""
                const menu = PrimeFaces.getWidgetById(arguments[0]);
                if (!menu.items || menu.items.length === 0) {
                    menu.callHandleMethod(null, null); // the panel's items are built on first use
                }
                const item = menu.items.filter((i, li) => li.dataset.label === arguments[1]);
                if (!item.length) { return false; }
                menu.selectItem(item.first());
                return true;
                """, menuId, label);
        if (!Boolean.TRUE.equals(picked)) {
            throw new AssertionError(menuId + " does not offer '" + label + "'");
        }
        waitFor(
                menuId + " shows '" + label + "'",
                d -> label.equals(
                        d.findElement(By.id(menuId + "_label")).getText().trim()));
    }

    /** Fills the sign-in form on the page shown now (portal's or console's) and sends it. */
    void submitSignIn(String login, String password) {
        visible(By.id("loginForm:email")).sendKeys(login);
        find(By.id("loginForm:password")).sendKeys(password);
        find(By.id("loginForm:signIn")).click();
    }

    /** Signs in to the console from its sign-in page and waits for the queue. */
    void signInToConsole(String login, String password) {
        go("/console/login.xhtml");
        submitSignIn(login, password);
        waitFor("signed in to the console", d -> d.getCurrentUrl().contains("/console/index.xhtml"));
    }

    /** Signs in to the portal from its sign-in page and waits for the customer's dashboard. */
    void signInToPortal(String email, String password) {
        go("/login.xhtml");
        submitSignIn(email, password);
        waitFor(
                "the dashboard after signing in",
                d -> d.getCurrentUrl().contains("/account/index.xhtml")
                        && !d.findElements(By.id("casesHeading")).isEmpty());
    }

    /**
     * Saves what the browser shows as {@code <dir>/<label>-<width>.png} when the system property
     * {@code caredesk.screenshots} names a folder (for a person to look at the pages a run checked);
     * does nothing otherwise.
     */
    void screenshot(String label) {
        String folder = System.getProperty("caredesk.screenshots", "").trim();
        if (folder.isEmpty()) {
            return;
        }
        String name = label.replaceAll("[^A-Za-z0-9._-]+", "_") + "-"
                + driver.manage().window().getSize().getWidth() + ".png";
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.write(dir.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
