package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Issue 15: staff sign in through their organisation's OpenID Connect provider. An instance of its own,
 * configured with {@link TestIdentityProvider} (on 127.0.0.1, another site than the console's localhost,
 * as a real provider is: the console's Strict session cookie must survive the way back). The supervisor
 * signs in there and lands in the console as supervisor; an e-mail of no staff account (unknown, or a
 * customer's) is refused with the page's message; a callback with a state this browser did not send
 * (an attacker's own code pushed into a victim's browser) is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSignInIT {
    private static final String UNKNOWN_MESSAGE = "Your organisation signed you in, but its e-mail address is not that"
            + " of a CareDesk staff account (or is not verified). Ask a CareDesk administrator.";
    private static final String STATE_MESSAGE =
            "That sign-in could not be matched to this browser or took too long. Please try again.";

    private TestIdentityProvider provider;
    private AppInstance instance;

    @BeforeAll
    void ownInstanceWithAProvider() throws IOException {
        Browser.assumeAvailable();
        provider = TestIdentityProvider.start();
        int port = AppInstance.freePort();
        String publicUrl = "http://localhost:" + port;
        provider.register(publicUrl + "/console/signin/organisation/return");
        Files.createDirectories(AppInstance.workDir());
        Files.deleteIfExists(AppInstance.workDir().resolve("organisation-sign-in.log"));
        instance = new AppInstance(
                "organisation-sign-in",
                Files.createTempDirectory(AppInstance.workDir(), "organisation-sign-in-data-"),
                port,
                Map.of(
                        "CAREDESK_PUBLIC_URL",
                        publicUrl,
                        "CAREDESK_OIDC_ISSUER",
                        provider.issuer(),
                        "CAREDESK_OIDC_CLIENT_ID",
                        TestIdentityProvider.CLIENT_ID,
                        "CAREDESK_OIDC_CLIENT_SECRET",
                        TestIdentityProvider.CLIENT_SECRET,
                        "CAREDESK_DEMO_SMTP_PORT",
                        Integer.toString(AppInstance.freePort()),
                        "CAREDESK_DEMO_IMAP_PORT",
                        Integer.toString(AppInstance.freePort())));
        instance.launch().awaitReady(Faults.START);
    }

    @AfterAll
    void stop() {
        if (instance != null) {
            instance.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void providerSendsBack() {
        provider.holding(false);
    }

    @Test
    void theSupervisorSignsInThroughTheOrganisationAndLandsInTheConsoleAsSupervisor() {
        provider.signsIn("supervisor@example.com");
        try (Browser supervisor = Browser.open(instance.app())) {
            supervisor.go("/console/login.xhtml");
            assertEquals(
                    "Sign in with your organisation",
                    supervisor
                            .visible(By.id("loginForm:organisationSignIn"))
                            .getText()
                            .trim());
            List<String> problems = AccessibilityIT.checkShown(supervisor, "/console/login.xhtml (organisation)");
            assertTrue(problems.isEmpty(), "axe-core: " + String.join("\n", problems));

            supervisor.find(By.id("loginForm:organisationSignIn")).click();
            supervisor.waitFor("in the console", d -> d.getCurrentUrl().contains("/console/index.xhtml"));
            assertFalse(
                    supervisor.driver().findElements(By.id("navGroupAdmin")).isEmpty(),
                    "signed in with CareDesk's supervisor role: its menus show");
            supervisor.go("/console/settings.xhtml");
            supervisor.waitFor("a supervisor page opens", d -> d.getCurrentUrl().contains("/console/settings.xhtml"));
        }
        assertEquals(List.of(), provider.refusals(), "the provider refused part of CareDesk's requests");
    }

    @Test
    void theButtonIsInItalianOnTheItalianPage() {
        try (Browser italian = Browser.open(instance.app(), "it")) {
            italian.go("/console/login.xhtml");
            assertEquals(
                    "Accedi con la tua organizzazione",
                    italian.visible(By.id("loginForm:organisationSignIn"))
                            .getText()
                            .trim());
        }
    }

    @Test
    void anEmailOfNoStaffAccountIsRefusedWithTheMessage() {
        for (String email : List.of("nobody@example.org", "alice@example.com")) {
            provider.signsIn(email);
            try (Browser browser = Browser.open(instance.app())) {
                browser.go("/console/login.xhtml");
                browser.visible(By.id("loginForm:organisationSignIn")).click();
                browser.waitFor("back on the sign-in page (" + email + ")", d -> d.getCurrentUrl()
                        .contains("/console/login.xhtml?organisation=unknown"));
                assertEquals(UNKNOWN_MESSAGE, message(browser), email);
                List<String> problems = AccessibilityIT.checkShown(browser, "/console/login.xhtml (refused)");
                assertTrue(problems.isEmpty(), "axe-core: " + String.join("\n", problems));
                browser.go("/console/index.xhtml");
                browser.waitFor(
                        "not signed in (" + email + ")", d -> d.getCurrentUrl().contains("/console/login.xhtml"));
            }
        }
    }

    @Test
    void aCallbackWithAStateThisBrowserDidNotSendIsRefused() {
        // The attacker signs in at the provider as a staff member and keeps the code and its own state.
        provider.signsIn("supervisor@example.com");
        String attackersReturn = attackersCallback();
        provider.holding(true);
        try (Browser victim = Browser.open(instance.app())) {
            victim.go("/console/login.xhtml");
            victim.visible(By.id("loginForm:organisationSignIn")).click(); // a sign-in of its own, left at the provider
            victim.waitFor("at the provider", d -> d.getPageSource().contains("Sign in at the provider"));
            victim.driver().get(attackersReturn);
            victim.waitFor("back on the sign-in page", d -> d.getCurrentUrl()
                    .contains("/console/login.xhtml?organisation=state"));
            assertEquals(STATE_MESSAGE, message(victim));
            victim.go("/console/index.xhtml");
            victim.waitFor("not signed in", d -> d.getCurrentUrl().contains("/console/login.xhtml"));
        }
    }

    /** Where the provider sends the attacker's browser back: CareDesk's callback with the attacker's code and state. */
    private String attackersCallback() {
        String redirect = "http://localhost:" + instance.port() + "/console/signin/organisation/return";
        URI authorize = URI.create(provider.issuer() + "/authorize?response_type=code&scope=openid%20email&client_id="
                + TestIdentityProvider.CLIENT_ID + "&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&state=attackers-state&nonce=attackers-nonce"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbkSd7c4dk3M&code_challenge_method=S256");
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(302, response.statusCode(), "the provider gave the attacker a code");
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(redirect + "?code="), location);
            return location;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String message(Browser browser) {
        return browser.visible(By.id("organisationRefused")).getText().trim();
    }
}
