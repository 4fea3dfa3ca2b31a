package org.caredesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.caredesk.domain.platform.DatabaseOutage;

/**
 * The error page of both web applications for errors the container raises itself (403 from a
 * security constraint, 404 outside the API, 500): JSON in the form of docs/api.md under {@code /api/},
 * the friendly error page everywhere else. Never a stack trace. A failure because the database
 * cannot be reached is no bug: it answers 503 "back in a moment" ({@link Unavailable}).
 */
public class ErrorResponder extends HttpServlet {
    private static final Map<Integer, String> CODES = Map.of(
            400,
            "bad_request",
            401,
            "unauthorized",
            403,
            "forbidden",
            404,
            "not_found",
            405,
            "method_not_allowed",
            413,
            "too_large",
            500,
            "internal_error");
    private static final Map<Integer, String> MESSAGES = Map.of(
            401, "Sign in with HTTP Basic credentials",
            403, "Your account may not use this",
            404, "Nothing here",
            500, "Something went wrong on our side");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        String path = uri == null
                ? ""
                : uri.toString()
                        .substring(Math.min(
                                uri.toString().length(),
                                request.getContextPath().length()));
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (code == 503 || failure instanceof Throwable t && DatabaseOutage.isOutage(t)) {
            // The database is unreachable for a moment: that is 503 with Retry-After, not a bug.
            Unavailable.answer(request, response, path);
            return;
        }
        if (path.startsWith("/api/")) {
            response.setStatus(code);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write("{\"error\":\"" + CODES.getOrDefault(code, "error") + "\",\"message\":\""
                            + MESSAGES.getOrDefault(code, "The request failed") + "\"}");
            return;
        }
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }
}
