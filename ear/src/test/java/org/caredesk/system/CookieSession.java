package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session without a browser: signs in through the real login form (JSF view state and
 * session cookie), then sends what a page on any origin could make the browser send with that cookie.
 */
final class CookieSession {
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CareDesk app;
    private final String context;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private HttpResponse<String> signInAnswer;

    private CookieSession(CareDesk app, String context) {
        this.app = app;
        this.context = context;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in at {@code context} ("" for the portal, "/console") as a page of the app itself would. */
    static CookieSession signIn(CareDesk app, String context, String login, String password) {
        CookieSession session = new CookieSession(app, context);
        HttpResponse<String> page =
                session.send(session.request(context + "/login.xhtml").GET().build());
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "the login page has a view state");
        Map<String, String> form = Map.of(
                "loginForm",
                "loginForm",
                "loginForm:next",
                "",
                "loginForm:email",
                login,
                "loginForm:password",
                password,
                "loginForm:signIn",
                "",
                "jakarta.faces.ViewState",
                state.group(1));
        session.signInAnswer = session.send(session.request(context + "/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin(app))
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
        assertTrue(
                session.signInAnswer.statusCode() == 302 && session.sessionCookie() != null,
                "signed in as " + login + ": " + session.signInAnswer.statusCode() + " "
                        + session.signInAnswer.headers().map());
        return session;
    }

    static String origin(CareDesk app) {
        return "http://" + app.baseUri().getRawAuthority();
    }

    HttpResponse<String> signInAnswer() {
        return signInAnswer;
    }

    String sessionCookie() {
        List<HttpCookie> all = cookies.getCookieStore().get(app.uri(context + "/"));
        return all.stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST the way a page on {@code origin} makes the browser send it: with the cookie, no Authorization. */
    HttpResponse<String> postFrom(String origin, String path, String contentType, String body) {
        HttpRequest.Builder request =
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.build());
    }

    /** Submits form {@code formId} of {@code page} (non-ajax) with {@code fields} and the button {@code button}. */
    HttpResponse<String> submit(String page, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> shown = send(request(page).GET().build());
        Matcher state = VIEW_STATE.matcher(shown.body());
        assertTrue(state.find(), page + " has a view state: " + shown.statusCode());
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put(button, "");
        form.put("jakarta.faces.ViewState", state.group(1));
        // What PrimeFaces' script adds to every form of a page with a script policy: the page's nonce.
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(String.join(",", shown.headers().allValues("Content-Security-Policy")));
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return send(request(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin(app))
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    URI uri(String path) {
        return app.uri(path);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
