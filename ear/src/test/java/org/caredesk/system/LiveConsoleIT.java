package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in headless Chromium: it shows when it lost the live feed and comes back by itself;
 * customer and agent chat both ways with typing indicators; the supervisor's board follows presence.
 */
@ExtendWith(RunningCareDesk.class)
class LiveConsoleIT {
    private static final String SUPERVISOR = "supervisor@example.com";
    private static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    private final CareDesk app;
    private final Api api;

    LiveConsoleIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    /**
     * The socket is dropped from inside the page, as a network failure would drop it: the banner
     * shows, the console reconnects by itself, resumes, and a case opened afterwards still arrives.
     */
    @Test
    void aDroppedFeedShowsTheOfflineBannerAndReconnectsByItself() {
        try (Browser agent = Browser.open(app)) {
            signIn(agent, AGENT, AGENT_PASSWORD, "/console/index.xhtml");
            agent.script("window.caredeskNoReload = 'same page';");
            String before = newCase("Before the drop");
            agent.waitFor("the first case in the queue", d -> queueHas(agent, before));

            // The banner may be up for only a second: a DOM observer notes what it showed, when it showed.
            agent.script("window.bannerSeen = null;"
                    + "new MutationObserver(function () {"
                    + "  var b = document.getElementById('feedBanner');"
                    + "  if (b && !b.hidden && window.bannerSeen === null) {"
                    + "    window.bannerSeen = b.getAttribute('role') + '|' + b.textContent; }"
                    + "}).observe(document.body, {subtree: true, childList: true, attributes: true});"
                    + "window.caredeskFeed.drop();");
            agent.waitFor("the offline banner", d -> agent.script("return window.bannerSeen;") != null);
            assertEquals("alert|" + text(agent, "offline"), agent.script("return window.bannerSeen;"));

            agent.waitFor(
                    "reconnected: banner hidden and status online",
                    d -> !d.findElement(By.id("feedBanner")).isDisplayed()
                            && !d.findElements(By.cssSelector("#feedStatus.online"))
                                    .isEmpty());
            String after = newCase("After the drop");
            agent.waitFor("the case opened after reconnecting, live", d -> queueHas(agent, after));
            assertEquals("same page", agent.script("return window.caredeskNoReload;"), "the page was reloaded");
        }
    }

    @Test
    void aCustomerAndAnAgentChatBothWaysWithTypingIndicators() {
        String marker = Api.unique("browser chat");
        try (Browser agent = Browser.open(app);
                Browser alice = Browser.open(app)) {
            signIn(agent, AGENT, AGENT_PASSWORD, "/console/chats.xhtml");

            alice.go("/login.xhtml");
            alice.visible(By.id("loginForm:email")).sendKeys(ALICE);
            alice.find(By.id("loginForm:password")).sendKeys(ALICE_PASSWORD);
            alice.find(By.id("loginForm:signIn")).click();
            alice.waitFor("alice signed in", d -> !d.getCurrentUrl().contains("login.xhtml"));
            alice.go("/chat.xhtml");
            alice.visible(By.id("chatFirst")).sendKeys("My toaster sparks when I switch it on " + marker);
            alice.find(By.id("chatStartButton")).click();
            alice.visible(By.id("chatRoom"));

            WebElement accept = agent.waitFor("the chat waiting in the console", d -> waitingWith(
                            d.findElements(By.cssSelector("#waitingChats li")), marker)
                    .map(li -> li.findElement(By.tagName("button")))
                    .orElse(null));
            accept.click();
            agent.waitFor(
                    "the conversation open with the first message",
                    d -> d.findElement(By.id("conversation")).isDisplayed()
                            && d.findElement(By.id("chatLines")).getText().contains(marker));
            alice.waitFor(
                    "the agent joined",
                    d -> d.findElement(By.id("chatState")).getText().contains("Dana Agent"));

            agent.find(By.id("chatText")).sendKeys("Please unplug it");
            alice.visible(By.id("agentTyping"));
            agent.find(By.id("chatSendButton")).click();
            alice.waitFor(
                    "the agent's message",
                    d -> d.findElement(By.id("chatLines")).getText().contains("Please unplug it"));

            alice.find(By.id("chatText")).sendKeys("Done, thanks");
            agent.visible(By.id("typing"));
            alice.find(By.id("chatSendButton")).click();
            agent.waitFor(
                    "the customer's reply",
                    d -> d.findElement(By.id("chatLines")).getText().contains("Done, thanks"));

            alice.go("/chat.xhtml");
            alice.waitFor("the conversation back after a reload", d -> {
                String lines = d.findElement(By.id("chatLines")).getText();
                return lines.contains(marker) && lines.contains("Please unplug it") && lines.contains("Done, thanks");
            });

            // Issue 13 item 7: the console's chat buttons are styled, not the browser's grey native ones.
            for (String button : List.of("chatSendButton", "chatEnd")) {
                String background = (String) agent.script(
                        "return getComputedStyle(document.getElementById(arguments[0])).backgroundColor;", button);
                assertFalse("rgb(239, 239, 239)".equals(background), button + " is a native button: " + background);
            }
            agent.find(By.id("chatEnd")).click();
            alice.waitFor(
                    "the chat ended for alice",
                    d -> d.findElement(By.id("chatText")).getAttribute("disabled") != null);
            // Once ended, neither side is offered a message box, Send or End chat any more.
            for (Browser side : List.of(alice, agent)) {
                side.waitFor(
                        "the message box and its buttons gone", d -> Stream.of("chatText", "chatSendButton", "chatEnd")
                                .noneMatch(id -> d.findElement(By.id(id)).isDisplayed()));
            }
        }
    }

    // "try": an open feed is what puts the agent online; the body never needs to read it.
    @SuppressWarnings("try")
    @Test
    void theSupervisorSeesAnAgentComeOnlineAndGoOfflineLive() {
        try (Browser supervisor = Browser.open(app)) {
            signIn(supervisor, SUPERVISOR, SUPERVISOR_PASSWORD, "/console/supervision.xhtml");
            supervisor.waitFor("the supervisor online on the board", d -> status(d, SUPERVISOR)
                    .equals("presence-online"));
            supervisor.waitFor(
                    "the agent offline before connecting", d -> status(d, AGENT).equals("presence-offline"));
            supervisor.script("window.caredeskNoReload = 'same page';");

            try (FeedClient agentConsole = FeedClient.connect(app, basic(AGENT, AGENT_PASSWORD))) {
                supervisor.waitFor("the agent online", d -> status(d, AGENT).equals("presence-online"));
            }
            supervisor.waitFor("the agent offline again", d -> status(d, AGENT).equals("presence-offline"));
            assertEquals("same page", supervisor.script("return window.caredeskNoReload;"), "the board was reloaded");
        }
    }

    @Test
    void anAgentCannotOpenTheSupervisionBoard() {
        try (Browser agent = Browser.open(app)) {
            signIn(agent, AGENT, AGENT_PASSWORD, "/console/index.xhtml");
            agent.go("/console/supervision.xhtml");
            assertTrue(agent.driver().findElements(By.id("boardForm:agents")).isEmpty(), "an agent sees the board");
            assertTrue(agent.driver().findElements(By.id("navSupervision")).isEmpty());
        }
    }

    private static String status(org.openqa.selenium.WebDriver driver, String email) {
        return driver.findElements(By.cssSelector("span.presence[data-agent='" + email + "']")).stream()
                .map(e -> e.getAttribute("class").replace("presence ", "").trim())
                .findFirst()
                .orElse("");
    }

    private static Optional<WebElement> waitingWith(List<WebElement> items, String marker) {
        return items.stream().filter(li -> li.getText().contains(marker)).findFirst();
    }

    private static String text(Browser browser, String which) {
        return (String) browser.script("return document.getElementById('feedStatus').dataset." + which + ";");
    }

    private void signIn(Browser browser, String login, String password, String page) {
        browser.go("/console/login.xhtml?next=" + page.substring("/console".length()));
        browser.submitSignIn(login, password);
        browser.waitFor(page + " after signing in", d -> d.getCurrentUrl().contains(page));
        if (page.endsWith("/index.xhtml")) {
            // Newest first: the queue shows 50 a page, and this test's new cases must be on the first.
            browser.go(page + "?sort=received&dir=desc");
        }
        browser.waitFor("the live feed connected", d -> !d.findElements(By.cssSelector("#feedStatus.online"))
                .isEmpty());
    }

    private String newCase(String subject) {
        return api.createCaseAsAlice(Api.unique(subject), "Testing the console's reconnection.")
                .getString("caseNumber");
    }

    private static boolean queueHas(Browser agent, String caseNumber) {
        return agent.driver().findElements(By.cssSelector("[id='queueForm:queue'] td.case-number")).stream()
                .anyMatch(cell -> cell.getText().trim().equals(caseNumber));
    }
}
