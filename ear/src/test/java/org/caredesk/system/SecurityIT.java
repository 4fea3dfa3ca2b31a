package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks of issue 15, performed against the running application: each test fails on a build
 * without the matching defence.
 */
@ExtendWith(RunningCareDesk.class)
class SecurityIT {
    private static final String EVIL = "http://evil.example";
    private static final String SUPERVISOR = "supervisor@example.com";
    private static final String SUPERVISOR_PASSWORD = "supervisor-demo";

    private final CareDesk app;
    private final Api api;

    SecurityIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    // 1. Cross-site WebSocket hijacking

    @Test
    void webSocketHandshakesFromAnotherOriginAreRefusedOnEveryEndpoint() throws IOException {
        String agent = Api.basic(Api.AGENT, Api.AGENT_PASSWORD);
        CookieSession console = CookieSession.signIn(app, "/console", Api.AGENT, Api.AGENT_PASSWORD);
        String cookie = "JSESSIONID=" + console.sessionCookie();
        assertEquals(
                403, handshake("/console/ws/feed", EVIL, "Cookie: " + cookie), "feed, console session, foreign page");
        assertEquals(403, handshake("/console/ws/feed", EVIL, "Authorization: " + agent), "feed, Basic, foreign page");
        assertEquals(403, handshake("/console/ws/chat", EVIL, "Cookie: " + cookie), "agents' chat, foreign page");
        assertEquals(403, handshake("/ws/chat?chat=1&key=x", EVIL, null), "portal chat, foreign page");
        assertEquals(403, handshake("/console/ws/feed", "null", "Cookie: " + cookie), "sandboxed frame (Origin: null)");
        assertEquals(
                101,
                handshake("/console/ws/feed", CookieSession.origin(app), "Cookie: " + cookie),
                "the console's own page still connects");
        assertEquals(
                101,
                handshake("/console/ws/feed", null, "Authorization: " + agent),
                "a non-browser client (no Origin) with credentials still connects");
    }

    // 2. CSRF on cookie-authenticated endpoints

    @Test
    void crossSitePostsWithTheSessionCookieAreRefused() {
        CookieSession supervisor = CookieSession.signIn(app, "/console", SUPERVISOR, SUPERVISOR_PASSWORD);
        String line =
                "{\"receivedAt\":\"2026-01-01T10:00:00Z\",\"channel\":\"email\",\"text\":\"csrf probe\",\"externalId\":\"csrf-"
                        + System.nanoTime() + "\"}";
        HttpResponse<String> forged = supervisor.postFrom(EVIL, "/console/api/v1/contacts/import", "text/plain", line);
        assertCrossSiteRefusal(forged);
        HttpResponse<String> fetchMetadata = supervisor.send(supervisor
                .request("/console/api/v1/contacts/import")
                .header("Content-Type", "text/plain")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(line))
                .build());
        assertCrossSiteRefusal(fetchMetadata);
        HttpResponse<String> sameSite = supervisor.send(supervisor
                .request("/console/api/v1/contacts/import")
                .header("Content-Type", "text/plain")
                .header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.ofString(line))
                .build());
        assertCrossSiteRefusal(sameSite); // another port of the same host is another origin
        HttpResponse<String> own = supervisor.postFrom(
                CookieSession.origin(app), "/console/api/v1/contacts/import", "application/x-ndjson", line);
        assertEquals(200, own.statusCode(), own.body());

        CookieSession alice = CookieSession.signIn(app, "", Api.ALICE, Api.ALICE_PASSWORD);
        assertCrossSiteRefusal(alice.postFrom(EVIL, "/api/v1/me/cases/CD-0/close", "text/plain", "{}"));
        assertCrossSiteRefusal(alice.postFrom(
                EVIL,
                "/api/v1/me/attachments?caseNumber=CD-0&fileName=a.pdf",
                "application/x-www-form-urlencoded",
                "%PDF-1.4"));
        assertCrossSiteRefusal(
                alice.postFrom(EVIL, "/login.xhtml", "application/x-www-form-urlencoded", "loginForm=loginForm"));
    }

    private static void assertCrossSiteRefusal(HttpResponse<String> response) {
        Api.assertError(response, 403, "cross_site");
    }

    // 3. SameSite and Secure on the real Set-Cookie headers

    @Test
    void sessionCookiesCarrySameSiteStrictOnTheConsoleAndLaxOnThePortal() {
        String console = setCookie(CookieSession.signIn(app, "/console", Api.AGENT, Api.AGENT_PASSWORD)
                .signInAnswer());
        assertTrue(console.toLowerCase(Locale.ROOT).contains("samesite=strict"), console);
        assertTrue(console.contains("HttpOnly"), console);
        String portal = setCookie(
                CookieSession.signIn(app, "", Api.ALICE, Api.ALICE_PASSWORD).signInAnswer());
        assertTrue(portal.toLowerCase(Locale.ROOT).contains("samesite=lax"), portal);
        assertTrue(portal.contains("HttpOnly"), portal);
        // Plain http here (no https public address): a Secure cookie would never come back.
        assertTrue(!console.contains("; Secure") && !portal.contains("; Secure"), console + " / " + portal);
    }

    /**
     * Sessions a client never brings back end after five minutes (SessionLifetime); a browser brings its cookie
     * back at once by fetching the page's visit stylesheet, so that must be linked from every page and never cached.
     */
    @Test
    void everyPortalPageAndTheConsoleSignInLinkTheVisitStylesheetWhichNoBrowserMayKeep() {
        for (String page : List.of("/", "/contact.xhtml", "/login.xhtml", "/search.xhtml?q=refund")) {
            assertLinksVisitStylesheet(page, "/visit.css");
        }
        // The console's sessions last eight hours: a script polling its sign-in page must not keep them that long.
        assertLinksVisitStylesheet("/console/login.xhtml", "/console/visit.css");
    }

    private void assertLinksVisitStylesheet(String page, String stylesheet) {
        HttpResponse<String> answer = api.get(page);
        assertEquals(200, answer.statusCode(), page);
        assertTrue(
                answer.body().contains("<link rel=\"stylesheet\" href=\"" + stylesheet + "\""),
                page + " links no " + stylesheet);
        HttpResponse<String> css = api.get(stylesheet);
        assertEquals(200, css.statusCode(), stylesheet + " without signing in");
        assertEquals("no-store", css.headers().firstValue("Cache-Control").orElse(""), stylesheet);
        assertTrue(
                css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
                css.headers().map().toString());
    }

    @Test
    void cookiesAreSecureWhenATrustedProxySaysHttpsAndOnlyThen() throws IOException {
        // The shared instance trusts 127.0.0.1 as its TLS proxy (CareDeskProcess); 127.0.0.2 is any other client.
        InetAddress proxy = InetAddress.getByName("127.0.0.1");
        InetAddress client = InetAddress.getByName("127.0.0.2");
        for (String page : List.of("/console/login.xhtml", "/login.xhtml")) {
            String forwarded = sessionCookie(RawHttp.get(proxy, app, page, "X-Forwarded-Proto: https"));
            assertTrue(
                    forwarded.contains("; Secure") && forwarded.contains("HttpOnly"), page + ", proxy: " + forwarded);
            String claimed = sessionCookie(RawHttp.get(client, app, page, "X-Forwarded-Proto: https"));
            assertFalse(claimed.contains("Secure"), page + ", a client's own claim: " + claimed);
            String plain = sessionCookie(RawHttp.get(proxy, app, page, "X-Forwarded-Proto: http"));
            assertFalse(plain.contains("Secure"), page + ", the proxy says http: " + plain);
        }
    }

    private static String sessionCookie(RawHttp.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.setCookies().stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, b) -> b)
                .orElse("(no session cookie: " + response.headers() + ")");
    }

    private static String setCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, b) -> b)
                .orElse("(no session cookie: " + response.headers().map() + ")");
    }

    // 4. Hardening headers and a nonce-based script policy on every page

    // The portal's script policy was off until the contact form worked under it in Chromium (issue 15, 2026-12-07).
    private static final boolean PORTAL_SCRIPT_POLICY = true;

    @Test
    void everyPageHasANonceScriptPolicyAndTheHardeningHeaders() {
        CookieSession supervisor = CookieSession.signIn(app, "/console", SUPERVISOR, SUPERVISOR_PASSWORD);
        CookieSession alice = CookieSession.signIn(app, "", Api.ALICE, Api.ALICE_PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String page : List.of(
                "/",
                "/search.xhtml?q=charger",
                "/contact.xhtml",
                "/login.xhtml",
                "/chat.xhtml",
                "/case-status.xhtml",
                "/register.xhtml",
                "/forgot-password.xhtml",
                "/erased.xhtml",
                firstArticle())) {
            check(page, api.send(api.request(page).GET().build()), PORTAL_SCRIPT_POLICY, problems);
        }
        for (String page : AccessibilityIT.ACCOUNT_PORTAL) {
            check(page, alice.send(alice.request(page).GET().build()), PORTAL_SCRIPT_POLICY, problems);
        }
        // A postback renders with the nonce of the page it came from (PrimeFaces checks it), and the same policy.
        HttpResponse<String> sent = alice.submit(
                "/contact.xhtml",
                "caseForm",
                Map.of(
                        "caseForm:subject",
                        "SecurityIT postback",
                        "caseForm:message",
                        "A form sent back to its page keeps the script policy."),
                "caseForm:submit");
        check("/contact.xhtml (postback)", sent, PORTAL_SCRIPT_POLICY, problems);
        if (!sent.body().contains("id=\"caseNumber\"")) {
            problems.add("/contact.xhtml (postback): no receipt: " + sent.body());
        }
        // Every console page the accessibility run opens (a supervisor may open the agents' pages too).
        java.util.Set<String> consolePages = new java.util.LinkedHashSet<>(AccessibilityIT.AGENT_CONSOLE);
        consolePages.addAll(AccessibilityIT.SUPERVISOR_CONSOLE);
        for (String page : consolePages) {
            check(page, supervisor.send(supervisor.request(page).GET().build()), true, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        HttpResponse<String> json = api.get("/api/v1/kb/search?q=charger");
        assertEquals(
                "nosniff", json.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** The help article page of the first article the search finds (its id is the demo data's). */
    private String firstArticle() {
        Matcher link = Pattern.compile("href=\"[^\"]*(/article\\.xhtml\\?id=\\d+)")
                .matcher(api.get("/search.xhtml?q=charger").body());
        assertTrue(link.find(), "the search lists an article");
        return link.group(1);
    }

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER =
            Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private static void check(String page, HttpResponse<String> response, boolean scriptPolicy, List<String> problems) {
        if (response.statusCode() != 200) {
            problems.add(page + ": status " + response.statusCode());
            return;
        }
        String policies = String.join(", ", response.headers().allValues("Content-Security-Policy"));
        if (scriptPolicy) {
            checkScriptPolicy(page, response, policies, problems);
        }
        if (!policies.contains("frame-ancestors 'none'")) {
            problems.add(page + ": no frame-ancestors: " + policies);
        }
        expectHeader(page, response, "X-Content-Type-Options", "nosniff", problems);
        expectHeader(page, response, "Referrer-Policy", "same-origin", problems);
        if (response.headers().firstValue("Permissions-Policy").orElse("").isEmpty()) {
            problems.add(page + ": no Permissions-Policy");
        }
    }

    private static void checkScriptPolicy(
            String page, HttpResponse<String> response, String policies, List<String> problems) {
        Matcher nonce =
                Pattern.compile("script-src[^;,]*'nonce-([A-Za-z0-9+/=_-]+)'").matcher(policies);
        if (!nonce.find()) {
            problems.add(page + ": no script nonce in Content-Security-Policy: " + policies);
        } else {
            Matcher script = SCRIPT.matcher(response.body());
            while (script.find()) {
                if (!script.group(1).contains("nonce=\"" + nonce.group(1) + "\"")) {
                    problems.add(page + ": a script without the page's nonce: " + script.group());
                }
            }
        }
        for (String policy : response.headers().allValues("Content-Security-Policy")) {
            // Every header is enforced: one that limits scripts without the nonce blocks the page's own scripts.
            if ((policy.contains("script-src") || policy.contains("default-src"))
                    && !nonce.reset().find()) {
                problems.add(page + ": no nonce at all");
            } else if ((policy.contains("script-src") || policy.contains("default-src"))
                    && !policy.contains("'nonce-" + nonce.group(1) + "'")) {
                problems.add(page + ": a policy that blocks the page's nonce'd scripts: " + policy);
            }
        }
        Matcher handler = INLINE_HANDLER.matcher(response.body());
        if (handler.find()) {
            problems.add(page + ": inline event handler: " + handler.group());
        }
    }

    private static void expectHeader(
            String page, HttpResponse<String> response, String name, String value, List<String> problems) {
        String actual = response.headers().firstValue(name).orElse("(none)");
        if (!actual.equalsIgnoreCase(value)) {
            problems.add(page + ": " + name + " is " + actual);
        }
    }

    // 5. Article HTML stored raw through the API

    @Test
    void articleHtmlWrittenThroughTheApiIsSanitisedBeforeAnyoneReadsIt() {
        String supervisor = Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
        String attack = "<p>Reset the charger</p><script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\\\"javascript:alert(3)\\\">details</a><p onclick=\\\"alert(4)\\\">Hold the button</p>";
        HttpResponse<String> created = api.send(api.request("/console/api/v1/kb/articles")
                .header("Authorization", supervisor)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + Api.unique("Sanitised") + "\",\"body\":\""
                        + attack + "\",\"language\":\"en\",\"tags\":[],\"products\":[]}"))
                .build());
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        String body = Api.object(api.get("/api/v1/kb/articles/" + id)).getString("body");
        for (String bad : List.of("<script", "onerror", "onclick", "javascript:", "alert(")) {
            assertFalse(body.toLowerCase(Locale.ROOT).contains(bad), bad + " was served: " + body);
        }
        assertTrue(body.contains("<p>Reset the charger</p>") && body.contains("Hold the button"), body);

        HttpResponse<String> updated = api.send(api.request("/console/api/v1/kb/articles/" + id)
                .header("Authorization", supervisor)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + Api.unique("Sanitised") + "\",\"body\":\""
                        + "<p>ok</p><svg onload=alert(5)></svg>\",\"language\":\"en\",\"tags\":[],\"products\":[]}"))
                .build());
        assertEquals(200, updated.statusCode(), updated.body());
        String revised = Api.object(api.get("/api/v1/kb/articles/" + id)).getString("body");
        assertEquals("<p>ok</p>", revised);
    }

    // 6. Sign-in abuse

    @Test
    void wrongPasswordsSlowAnAccountDownWithoutLockingItsOwnerOut() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, me(Api.basic(Api.ALICE, "wrong " + i)).statusCode(), "failure " + (i + 1));
        }
        HttpResponse<String> slowed = me(Api.basic(Api.ALICE, "wrong again"));
        Api.assertError(slowed, 429, "too_many_attempts");
        assertTrue(slowed.headers().firstValue("Retry-After").isPresent());
        // The owner gets in as soon as the (short) wait is over: poll, never longer than the maximum wait.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(70);
        int status = 0;
        while (System.nanoTime() < deadline
                && (status = me(Api.basic(Api.ALICE, Api.ALICE_PASSWORD)).statusCode()) == 429) {
            Thread.onSpinWait();
        }
        assertEquals(200, status, "the owner was locked out");
    }

    @Test
    void oneAddressSprayingOnePasswordOverManyAccountsIsSlowedDown() throws IOException {
        java.net.InetAddress sprayer = java.net.InetAddress.getByName("127.0.0.77");
        String password = "Summer2026!";
        int refusedAt = -1;
        for (int i = 0; i < 30 && refusedAt < 0; i++) {
            RawHttp.Response answer = RawHttp.post(
                    sprayer,
                    app,
                    "/api/v1/me/cases/CD-0/close",
                    "{}",
                    Api.basic("sprayed-" + i + "-" + System.nanoTime() + "@example.org", password));
            if (answer.status() == 429) {
                refusedAt = i;
            } else {
                assertEquals(401, answer.status(), answer.body());
            }
        }
        assertEquals(20, refusedAt, "the 21st attempt from one address within the window is held");
        RawHttp.Response evenRight = RawHttp.post(
                sprayer, app, "/api/v1/me/cases/CD-0/close", "{}", Api.basic(Api.ALICE, Api.ALICE_PASSWORD));
        assertEquals(429, evenRight.status(), "while held, that address gets no answer about any password");
        assertEquals(200, me(Api.basic(Api.ALICE, Api.ALICE_PASSWORD)).statusCode(), "other addresses are not held");

        HttpResponse<String> activity = api.send(api.request("/console/api/v1/sign-in-activity")
                .header("Authorization", Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD))
                .GET()
                .build());
        assertEquals(200, activity.statusCode(), activity.body());
        assertTrue(
                activity.body().contains("\"subject\":\"127.0.0.77\""),
                "supervisors see the address: " + activity.body());
        assertEquals(
                403,
                api.send(api.request("/console/api/v1/sign-in-activity")
                                .header("Authorization", Api.basic(Api.AGENT, Api.AGENT_PASSWORD))
                                .GET()
                                .build())
                        .statusCode());
    }

    private HttpResponse<String> me(String authorization) {
        return api.send(api.request("/api/v1/me")
                .header("Authorization", authorization)
                .GET()
                .build());
    }

    // 9. Sessions end when the password changes

    @Test
    void changingThePasswordEndsEveryOtherSessionAndTheRememberedBasicCredential() {
        CookieSession first = CookieSession.signIn(app, "", Api.ALICE, Api.ALICE_PASSWORD);
        CookieSession second = CookieSession.signIn(app, "", Api.ALICE, Api.ALICE_PASSWORD);
        assertEquals(200, first.send(first.request("/api/v1/me").GET().build()).statusCode());
        // Twice: the second is answered from the verified-credential cache, which the change must void.
        assertEquals(200, me(Api.basic(Api.ALICE, Api.ALICE_PASSWORD)).statusCode());
        assertEquals(200, me(Api.basic(Api.ALICE, Api.ALICE_PASSWORD)).statusCode());
        String replacement = "alice changed it " + System.nanoTime();
        HttpResponse<String> changed = second.submit(
                "/account/profile.xhtml",
                "passwordForm",
                java.util.Map.of(
                        "passwordForm:currentPassword", Api.ALICE_PASSWORD, "passwordForm:newPassword", replacement),
                "passwordForm:changePassword");
        assertEquals(200, changed.statusCode(), changed.body());
        try {
            assertEquals(
                    401,
                    first.send(first.request("/api/v1/me").GET().build()).statusCode(),
                    "the other session still reads the customer's data");
            assertEquals(
                    401,
                    me(Api.basic(Api.ALICE, Api.ALICE_PASSWORD)).statusCode(),
                    "the old password, remembered for HTTP Basic, still works");
            assertEquals(
                    200,
                    second.send(second.request("/api/v1/me").GET().build()).statusCode(),
                    "the session that changed the password was signed out");
            HttpResponse<String> page =
                    first.send(first.request("/account/index.xhtml").GET().build());
            assertEquals(302, page.statusCode());
            assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        } finally {
            CookieSession again = CookieSession.signIn(app, "", Api.ALICE, replacement);
            again.submit(
                    "/account/profile.xhtml",
                    "passwordForm",
                    java.util.Map.of(
                            "passwordForm:currentPassword",
                            replacement,
                            "passwordForm:newPassword",
                            Api.ALICE_PASSWORD),
                    "passwordForm:changePassword");
        }
        assertEquals(200, me(Api.basic(Api.ALICE, Api.ALICE_PASSWORD)).statusCode(), "alice's demo password is back");
    }

    // 18. The supervision board is for supervisors (19, ratings: SelfServiceApiIT.aBadRatingIs400NamingTheField)

    @Test
    void agentsCannotReadTheSupervisionBoard() {
        assertEquals(
                403,
                api.send(api.request("/console/api/v1/presence")
                                .header("Authorization", Api.basic(Api.AGENT, Api.AGENT_PASSWORD))
                                .GET()
                                .build())
                        .statusCode());
        assertEquals(
                200,
                api.send(api.request("/console/api/v1/presence")
                                .header("Authorization", Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD))
                                .GET()
                                .build())
                        .statusCode());
    }

    // 8. No absolute link from the Host header

    @Test
    void aForgedHostHeaderNeverReachesARedirect() throws IOException {
        String head = rawGet("/console/", "evil.example:8443");
        assertTrue(head.startsWith("HTTP/1.1 302"), head);
        Matcher location = Pattern.compile("(?im)^Location:\\s*(.+)$").matcher(head);
        assertTrue(location.find(), head);
        assertFalse(location.group(1).contains("evil.example"), head);
        assertTrue(location.group(1).trim().startsWith("/console/login.xhtml"), head);
    }

    // 13. A 3,000-deep JSON body and a forged view state on a console page

    @Test
    void aThreeThousandDeepJsonBodyIsABadRequestNamingWhy() {
        String deep = "{\"subject\":" + "[".repeat(3000) + "]".repeat(3000) + ",\"message\":\"deep\"}";
        HttpResponse<String> refused = api.send(api.request("/api/v1/cases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(deep))
                .build());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "{\"error\":\"invalid_json\",\"message\":\"The request body nests deeper than 32 levels\"}",
                refused.body());
    }

    @Test
    void aForgedViewStateOnAConsolePageGoesBackToThePageSayingItExpired() {
        CookieSession supervisor = CookieSession.signIn(app, "/console", SUPERVISOR, SUPERVISOR_PASSWORD);
        HttpResponse<String> forged = supervisor.postFrom(
                CookieSession.origin(app),
                "/console/settings.xhtml",
                "application/x-www-form-urlencoded",
                "slaForm=slaForm&jakarta.faces.ViewState=-4242424242424242424%3A1234567890");
        assertEquals(302, forged.statusCode(), forged.body());
        String location = forged.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/console/settings.xhtml?expired=true"), location);
        HttpResponse<String> page = supervisor.send(
                supervisor.request("/console/settings.xhtml?expired=true").GET().build());
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("The page had expired, so nothing was changed. Please try again."), page.body());
    }

    // 14. Tracking-code guesses and anonymous case messages are limited per address

    @Test
    void tenWrongTrackingCodesHoldTheAddressEvenForTheRightCode() throws IOException {
        JsonObject receipt = Api.object(api.postJson(
                "/api/v1/cases",
                "{\"subject\":\"" + Api.unique("Guessing") + "\",\"message\":\"Whose code is it?\"}",
                Api.basic(Api.ALICE, Api.ALICE_PASSWORD)));
        String path = "/api/v1/cases/" + receipt.getString("caseNumber") + "?trackingCode=";
        java.net.InetAddress guesser = java.net.InetAddress.getByName("127.0.0.88");
        for (int i = 1; i <= 10; i++) {
            RawHttp.Response miss = RawHttp.get(guesser, app, path + "WRONG" + i);
            assertEquals(404, miss.status(), "guess " + i + ": " + miss.body());
        }
        RawHttp.Response held = RawHttp.get(guesser, app, path + receipt.getString("trackingCode"));
        assertEquals(429, held.status(), held.body());
        assertTrue(
                held.body()
                        .startsWith("{\"error\":\"too_many_requests\",\"message\":\"Too many wrong tracking codes"
                                + " from this address; try again in "),
                held.body());
        assertTrue(held.header("Retry-After").matches("\\d+"), held.headers().toString());
        RawHttp.Response owner = RawHttp.get(
                java.net.InetAddress.getByName("127.0.0.89"), app, path + receipt.getString("trackingCode"));
        assertEquals(200, owner.status(), "another address with the right code: " + owner.body());
    }

    /**
     * Behind the trusted proxy (127.0.0.1 here) each client is its own address: guesses forwarded for one client
     * hold that client only, and a forwarded-for header from anyone but the proxy is not believed.
     */
    @Test
    void behindTheTrustedProxyTheLimitHoldsTheForwardedClientNotTheProxy() throws IOException {
        JsonObject receipt = Api.object(api.postJson(
                "/api/v1/cases",
                "{\"subject\":\"" + Api.unique("Guessing behind a proxy") + "\",\"message\":\"Whose code?\"}",
                Api.basic(Api.ALICE, Api.ALICE_PASSWORD)));
        String path = "/api/v1/cases/" + receipt.getString("caseNumber") + "?trackingCode=";
        String code = receipt.getString("trackingCode");
        InetAddress proxy = InetAddress.getByName("127.0.0.1");
        for (int i = 1; i <= 10; i++) {
            RawHttp.Response miss = RawHttp.get(proxy, app, path + "WRONG" + i, "X-Forwarded-For: 203.0.113.71");
            assertEquals(404, miss.status(), "guess " + i + ": " + miss.body());
        }
        RawHttp.Response held = RawHttp.get(proxy, app, path + code, "X-Forwarded-For: 203.0.113.71");
        assertEquals(429, held.status(), held.body());
        RawHttp.Response other = RawHttp.get(proxy, app, path + code, "X-Forwarded-For: 203.0.113.72");
        assertEquals(200, other.status(), "another client behind the same proxy: " + other.body());

        // A client that is no proxy claiming to forward for the held address is itself, and not held.
        RawHttp.Response claimed =
                RawHttp.get(InetAddress.getByName("127.0.0.91"), app, path + code, "X-Forwarded-For: 203.0.113.71");
        assertEquals(200, claimed.status(), claimed.body());
    }

    @Test
    void messagesWrittenWithATrackingCodeAreLimitedPerAddress() throws IOException {
        JsonObject receipt = Api.object(api.postJson(
                "/api/v1/cases",
                "{\"subject\":\"" + Api.unique("Flooding") + "\",\"message\":\"First\"}",
                Api.basic(Api.ALICE, Api.ALICE_PASSWORD)));
        String path = "/api/v1/cases/" + receipt.getString("caseNumber") + "/messages?trackingCode="
                + receipt.getString("trackingCode");
        java.net.InetAddress writer = java.net.InetAddress.getByName("127.0.0.90");
        for (int i = 1; i <= 10; i++) {
            RawHttp.Response sent = RawHttp.post(writer, app, path, "{\"message\":\"again " + i + "\"}", null);
            assertEquals(201, sent.status(), "message " + i + ": " + sent.body());
        }
        RawHttp.Response held = RawHttp.post(writer, app, path, "{\"message\":\"one too many\"}", null);
        assertEquals(429, held.status(), held.body());
        assertTrue(held.body().contains("Too many messages from this address"), held.body());
    }

    // 17. NUL, unpaired surrogates and invalid UTF-8 are refused at the API

    @Test
    void nulUnpairedSurrogatesAndInvalidUtf8InAJsonBodyAreRefusedNamingWhy() {
        String basic = Api.basic(Api.ALICE, Api.ALICE_PASSWORD);
        HttpResponse<String> nul =
                api.postJson("/api/v1/cases", "{\"subject\":\"cut\\u0000here\",\"message\":\"x\"}", basic);
        assertEquals(400, nul.statusCode(), nul.body());
        assertEquals("{\"error\":\"invalid_json\",\"message\":\"subject contains a NUL character\"}", nul.body());
        HttpResponse<String> lone =
                api.postJson("/api/v1/cases", "{\"subject\":\"ok\",\"message\":\"half \\ud83d\"}", basic);
        assertEquals(400, lone.statusCode(), lone.body());
        assertEquals(
                "{\"error\":\"invalid_json\",\"message\":\"message contains an unpaired surrogate (U+D83D)\"}",
                lone.body());
        HttpResponse<String> emoji = api.postJson(
                "/api/v1/cases",
                "{\"subject\":\"" + Api.unique("Emoji") + " \\ud83d\\ude1e\",\"message\":\"a pair is fine\"}",
                basic);
        assertEquals(201, emoji.statusCode(), emoji.body());
        // "caf\xC3(" : a UTF-8 lead byte followed by a byte that cannot continue it.
        byte[] invalid = "{\"subject\":\"caf__\",\"message\":\"x\"}".getBytes(StandardCharsets.US_ASCII);
        int at = new String(invalid, StandardCharsets.US_ASCII).indexOf("__");
        invalid[at] = (byte) 0xC3;
        invalid[at + 1] = (byte) 0x28;
        HttpResponse<String> garbled = api.send(api.request("/api/v1/cases")
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid))
                .build());
        assertEquals(400, garbled.statusCode(), garbled.body());
        assertEquals(
                "{\"error\":\"invalid_json\",\"message\":\"The request body is not valid UTF-8\"}", garbled.body());
    }

    // 12. Metrics and the API description for staff only; health stays open for orchestrators

    @Test
    void metricsAndTheApiDescriptionAreForStaffWhileHealthStaysOpen() {
        for (String path : List.of("/metrics", "/openapi")) {
            HttpResponse<String> anonymous = api.get(path);
            assertEquals(401, anonymous.statusCode(), path + " anonymous: " + anonymous.body());
            assertTrue(
                    anonymous
                            .headers()
                            .firstValue("WWW-Authenticate")
                            .orElse("")
                            .startsWith("Basic "),
                    path + " asks for Basic credentials: " + anonymous.headers().map());
            assertFalse(anonymous.body().contains("# TYPE") || anonymous.body().contains("openapi:"), anonymous.body());
            HttpResponse<String> customer = api.get(path, Api.basic(Api.ALICE, Api.ALICE_PASSWORD));
            assertEquals(403, customer.statusCode(), path + " as a customer: " + customer.body());
            for (String staff :
                    List.of(Api.basic(Api.AGENT, Api.AGENT_PASSWORD), Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD))) {
                HttpResponse<String> answer = api.get(path, staff);
                assertEquals(200, answer.statusCode(), path + " as staff: " + answer.body());
            }
        }
        assertTrue(
                api.get("/metrics", Api.basic(Api.AGENT, Api.AGENT_PASSWORD))
                        .body()
                        .contains("# TYPE"),
                "staff read the metrics themselves");
        for (String path : List.of("/health", "/health/live", "/health/ready")) {
            HttpResponse<String> health = api.get(path);
            assertEquals(200, health.statusCode(), path + " anonymous: " + health.body());
        }
    }

    // 10. Request-size limit whatever the framing

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithoutBeingReadInFull() throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(app.host(), app.port()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/cases HTTP/1.1\r\nHost: " + app.host() + ":" + app.port()
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            long sent = 0;
            InputStream in = socket.getInputStream();
            try {
                // Up to 40 MB; the answer must come long before.
                while (sent < 40L * 1024 * 1024 && in.available() == 0) {
                    out.write(size);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
            } catch (IOException closedByServer) {
                // the server stopped reading: what it answered is below
            }
            String status = statusLine(in);
            assertTrue(status.startsWith("HTTP/1.1 413"), "after " + sent + " bytes: " + status);
            assertTrue(sent < 40L * 1024 * 1024, "the server read all 40 MB before answering");
        }
    }

    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(app.host(), app.port()), 10_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return head(socket.getInputStream());
        }
    }

    /** The HTTP status of a WebSocket handshake sent as a browser on {@code origin} would send it. */
    private int handshake(String path, String origin, String credentialHeader) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(app.host(), app.port()), 10_000);
            StringBuilder request = new StringBuilder("GET ")
                    .append(path)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(app.host())
                    .append(':')
                    .append(app.port())
                    .append("\r\n")
                    .append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                    .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            if (credentialHeader != null) {
                request.append(credentialHeader).append("\r\n");
            }
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            String status = statusLine(socket.getInputStream());
            assertNotNull(status);
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        return head(in).lines().findFirst().orElse("");
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            if (matched == 4) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
