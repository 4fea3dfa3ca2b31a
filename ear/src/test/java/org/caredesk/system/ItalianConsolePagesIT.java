package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.SUPERVISOR;
import static org.caredesk.system.Api.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every console page, for an agent and for a supervisor whose browser asks for Italian, shows no text of the
 * console's English bundle and names languages rather than showing their codes ({@link EnglishLeftovers}).
 * Issue 13: the help-centre pages, the settings and the case page showed "en" and "it".
 */
@ExtendWith(RunningCareDesk.class)
class ItalianConsolePagesIT {
    private static final Path BUNDLES = Path.of(
            System.getProperty("caredesk.console.bundles", "../agent-console/src/main/resources/org/caredesk/console"));

    private final CareDesk app;
    private final Api api;

    ItalianConsolePagesIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void noEnglishTextOnAnyItalianConsolePage() {
        EnglishLeftovers english = EnglishLeftovers.of(BUNDLES).phrasesOnly();
        assertTrue(english.size() > 50, "the English bundle was read: " + english.size() + " texts");
        String caseNumber = api.createCaseAsAlice(Api.unique("ItalianConsolePagesIT"), "Il coperchio si è rotto.")
                .getString("caseNumber");
        List<String> found = new ArrayList<>();
        try (Browser agent = Browser.open(app, "it");
                Browser supervisor = Browser.open(app, "it")) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            for (String page : AccessibilityIT.AGENT_CONSOLE) {
                found.addAll(english.on(agent, page));
            }
            found.addAll(english.on(agent, "/console/case.xhtml?number=" + caseNumber));
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            for (String page : AccessibilityIT.SUPERVISOR_CONSOLE) {
                found.addAll(english.on(supervisor, page));
            }
        }
        assertTrue(found.isEmpty(), "English text on Italian console pages:\n" + String.join("\n", found));
    }

    /**
     * Stored values (a message's tone) are single words, which the phrase check above lets through: the queue
     * showed "negative" on every Italian row. Each tone badge names the tone in Italian.
     */
    @Test
    void tonesAreNamedInItalian() {
        api.createCaseAsAlice(Api.unique("ItalianConsolePagesIT tone"), "Terrible, it broke again and nobody answers.");
        List<String> wrong = new ArrayList<>();
        try (Browser agent = Browser.open(app, "it")) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            for (String page : List.of("/console/index.xhtml", "/console/contacts.xhtml")) {
                agent.go(page);
                agent.visible(By.tagName("h1"));
                List<WebElement> badges = agent.driver().findElements(By.cssSelector("span.sentiment"));
                assertTrue(!badges.isEmpty(), page + " shows no tone to check");
                badges.stream()
                        .map(b -> b.getText().trim())
                        .filter(t -> !List.of("Negativo", "Neutro", "Positivo").contains(t))
                        .forEach(t -> wrong.add(page + ": \"" + t + "\""));
            }
        }
        assertTrue(wrong.isEmpty(), "tones not in Italian: " + wrong);
    }

    /** The customer page named each consent by its stored code ("contact_by_email: sì") on the Italian page too. */
    @Test
    void consentsAreNamedInItalian() {
        long alice = Api.json(
                        api.get("/console/api/v1/customers?email=alice@example.com", Api.basic(AGENT, AGENT_PASSWORD)))
                .asJsonObject()
                .getJsonNumber("id")
                .longValue();
        try (Browser agent = Browser.open(app, "it")) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/customer.xhtml?id=" + alice);
            List<String> consents = agent.driver().findElements(By.cssSelector("span.consent")).stream()
                    .map(c -> c.getText().trim())
                    .toList();
            assertTrue(
                    consents.size() == 4
                            && consents.contains("Contatto per e-mail: sì")
                            && consents.stream().noneMatch(c -> c.contains("_") || c.startsWith("analytics")),
                    "consents as shown: " + consents);
        }
    }
}
