package org.caredesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.caredesk.domain.platform.InstanceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 ("start fast"): an application is deployed before its demo data, models and indexes are in place;
 * until it has started, its requests get the 503 of an outage, never a 404 or a 500.
 */
class ServiceGateTest {
    private static final String STATE = InstanceState.APPLICATION_PROPERTY_PREFIX + "console";

    @AfterEach
    void clear() {
        System.clearProperty(STATE);
        System.clearProperty(InstanceState.IN_FLIGHT_PROPERTY_PREFIX + "console");
    }

    @Test
    void aStartingApplicationAnswers503WithRetryAfterAndTheJsonErrorUntilItHasStarted() throws Exception {
        ServiceGate gate = gate();
        InstanceState.find().starting("console");

        Answer starting = call(gate);

        assertEquals(503, starting.status);
        assertEquals(String.valueOf(Unavailable.RETRY_AFTER_SECONDS), starting.headers.get("Retry-After"));
        assertEquals(
                "{\"error\":\"unavailable\",\"message\":\"" + Unavailable.MESSAGE + "\"}", starting.body.toString());
        assertFalse(starting.passedOn, "the request reached the application while it was starting");

        InstanceState.find().ready("console");
        Answer started = call(gate);

        assertTrue(started.passedOn, "the request did not reach the started application");
        assertEquals(0, started.status, "status set by the gate");
    }

    private static ServiceGate gate() throws Exception {
        ServletContext context = proxy(ServletContext.class, Map.of("getContextPath", "/console"));
        FilterConfig config = proxy(FilterConfig.class, Map.of("getServletContext", context));
        ServiceGate gate = new ServiceGate();
        gate.init(config);
        return gate;
    }

    private static Answer call(ServiceGate gate) throws Exception {
        Answer answer = new Answer();
        HttpServletRequest request = proxy(
                HttpServletRequest.class,
                Map.of("getRequestURI", "/console/api/v1/alerts", "getContextPath", "/console"));
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                ServiceGateTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) args[0];
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "getWriter" -> {
                            return new PrintWriter(answer.body, true);
                        }
                        default -> {
                            // content type, buffer: not looked at here
                        }
                    }
                    return null;
                });
        FilterChain chain = (req, res) -> answer.passedOn = true;
        gate.doFilter(request, response, chain);
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(
                ServiceGateTest.class.getClassLoader(),
                new Class<?>[] {type},
                (p, m, args) -> answers.get(m.getName()));
    }

    private static final class Answer {
        int status;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        boolean passedOn;
    }
}
