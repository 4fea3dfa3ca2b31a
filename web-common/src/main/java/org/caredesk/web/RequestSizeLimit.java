package org.caredesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses request bodies over a size limit with 413 before anything reads them. The limit is the
 * filter's {@code maxBytes} init parameter; {@code pathLimits} ("/path=bytes,/other=bytes") sets
 * other limits for particular paths. A body of unknown length (chunked) is read here, up to the
 * limit and not a byte more, and refused as soon as it passes it; the application then reads it from
 * memory. So no framing gets more than the limit past this filter.
 */
public class RequestSizeLimit extends HttpFilter {
    private long maxBytes = 256 * 1024;
    private final Map<String, Long> pathLimits = new HashMap<>();

    @Override
    public void init(FilterConfig config) {
        String configured = config.getInitParameter("maxBytes");
        if (configured != null) {
            maxBytes = Long.parseLong(configured.trim());
        }
        String paths = config.getInitParameter("pathLimits");
        if (paths != null) {
            for (String entry : paths.split(",")) {
                String[] pathAndLimit = entry.trim().split("=");
                pathLimits.put(pathAndLimit[0].trim(), Long.parseLong(pathAndLimit[1].trim()));
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = pathLimits.getOrDefault(path, maxBytes);
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        // No length: chunked in HTTP/1.1, or any HTTP/2 body.
        if (request.getContentLengthLong() < 0
                && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                response.setHeader("Connection", "close"); // the rest of the body is not worth reading
                tooLarge(response, limit);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write("{\"error\":\"too_large\",\"message\":\"The request body is larger than " + limit + " bytes\"}");
    }
}
