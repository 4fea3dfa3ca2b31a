package org.caredesk.domain.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Refuses request bodies over a size limit with 413 before anything reads them. The limit is
 * the filter's {@code maxBytes} init parameter; bodies of unknown length are refused only when
 * they declare more than the limit, and the JSON binding's own field limits catch the rest.
 */
public class RequestSizeLimit extends HttpFilter {
    private long maxBytes = 256 * 1024;

    @Override
    public void init(FilterConfig config) {
        String configured = config.getInitParameter("maxBytes");
        if (configured != null) {
            maxBytes = Long.parseLong(configured.trim());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"too_large\",\"message\":\"The request body is larger than "
                    + maxBytes + " bytes\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
