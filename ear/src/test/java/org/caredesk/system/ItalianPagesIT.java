package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Every portal page rendered in Italian shows no text of the English bundle and no bare language code
 * ({@link EnglishLeftovers}); the console's pages are checked by {@link ItalianConsolePagesIT}.
 */
@ExtendWith(RunningCareDesk.class)
class ItalianPagesIT {
    private static final Path BUNDLES = Path.of(
            System.getProperty("caredesk.portal.bundles", "../portal-web/src/main/resources/org/caredesk/portal"));

    private final CareDesk app;
    private final Api api;

    ItalianPagesIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void noEnglishTextOnAnyItalianPortalPage() {
        EnglishLeftovers english = EnglishLeftovers.of(BUNDLES);
        assertTrue(english.size() > 100, "the English bundle was read: " + english.size() + " texts");
        String caseNumber = api.createCaseAsAlice(Api.unique("ItalianPagesIT"), "La cinghia si è rotta.")
                .getString("caseNumber");
        List<String> found = new ArrayList<>();
        try (Browser browser = Browser.open(app)) {
            browser.go("/");
            new Select(browser.visible(By.id("languageForm:language"))).selectByValue("it");
            browser.waitFor("the portal in Italian", d -> "it"
                    .equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            for (String page : AccessibilityIT.PUBLIC_PORTAL) {
                found.addAll(english.on(browser, page));
                // One word for a case on every page: the chat page once said "segnalazione" where the
                // rest of the portal says "pratica".
                if (browser.find(By.tagName("body"))
                        .getText()
                        .toLowerCase(java.util.Locale.ITALIAN)
                        .contains("segnalazion")) {
                    found.add(page + ": \"segnalazione\" where the portal says \"pratica\"");
                }
            }
            browser.signInToPortal(ALICE, ALICE_PASSWORD);
            for (String page : AccessibilityIT.ACCOUNT_PORTAL) {
                found.addAll(english.on(browser, page));
            }
            found.addAll(english.on(browser, "/account/case.xhtml?case=" + caseNumber));
        }
        assertTrue(found.isEmpty(), "English text on Italian pages:\n" + String.join("\n", found));
    }
}
