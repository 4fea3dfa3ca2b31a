package org.caredesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The answer while CareDesk cannot serve for a moment (its database is unreachable, it is starting
 * or stopping): 503 with {@code Retry-After}, never a 500. The API gets the JSON error of docs/api.md;
 * a person gets a small page in their language with a button to try again. The page needs nothing
 * (no JSF, no database), because whatever it would need may be what is missing. It does not reload
 * itself: a page that refreshes on a timer pulls the text away from someone still reading it or using
 * a screen reader (WCAG 2.2.1; axe-core's meta-refresh rule, critical).
 */
public final class Unavailable {
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String CODE = "unavailable";
    public static final String MESSAGE = "CareDesk is briefly unavailable; try again in a few seconds";

    private Unavailable() {}

    public static void answer(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/") || acceptsJsonOnly(request)) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"" + CODE + "\",\"message\":\"" + MESSAGE + "\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page(italian(request)));
    }

    private static boolean acceptsJsonOnly(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static boolean italian(HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("it");
    }

    /** The whole page, in Italian or English (public for the system tests' accessibility check). */
    public static String page(boolean italian) {
        String lang = italian ? "it" : "en";
        String title = italian ? "Torniamo tra un attimo" : "Back in a moment";
        String text = italian
                ? "CareDesk non può rispondere in questo momento. Nulla di ciò che ci hai già inviato è andato perso. "
                        + "Riprova tra pochi secondi."
                : "CareDesk cannot answer right now. Nothing you already sent us is lost. "
                        + "Please try again in a few seconds.";
        String retry = italian ? "Riprova ora" : "Try again now";
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · CareDesk</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:0;background:#f5f7fa;color:#1f2933}"
                + "main{max-width:36rem;margin:15vh auto;padding:1.5rem}h1{font-size:1.6rem}"
                + "a{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;background:#1d4ed8;color:#fff;"
                + "border-radius:.4rem;text-decoration:none}</style></head>"
                + "<body><main><h1>" + title + "</h1><p>" + text + "</p><a href=\"\">" + retry
                + "</a></main></body></html>";
    }
}
