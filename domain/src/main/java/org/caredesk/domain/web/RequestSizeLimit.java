package org.caredesk.domain.web;

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
 * other limits for particular paths. Bodies of unknown length are refused only when they declare
 * more than the limit, and the readers' own limits catch the rest.
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
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"too_large\",\"message\":\"The request body is larger than "
                    + limit + " bytes\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
