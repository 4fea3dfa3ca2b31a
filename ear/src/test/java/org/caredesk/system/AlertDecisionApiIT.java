package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supervisor's decision on an alert is checked before any alert is touched: a bad status, a
 * dismissal without a reason, a body that is not the decision's JSON all answer docs/api.md's
 * 400; agents may read alerts but not decide.
 */
@ExtendWith(RunningCareDesk.class)
class AlertDecisionApiIT {
    private static final String AS_SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private static final String NO_ALERT = "/console/api/v1/alerts/999999999/status";
    private final Api api;

    AlertDecisionApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void anUnknownStatusIsBadInput() {
        JsonObject error =
                assertError(put("{\"status\":\"snoozed\",\"reason\":\"later\"}", AS_SUPERVISOR), 400, "invalid_input");
        assertTrue(
                error.getString("message").contains("must be acknowledged, escalated or dismissed"), error.toString());
        assertError(put("{\"status\":\"ESCALATED\",\"reason\":\"x\"}", AS_SUPERVISOR), 400, "invalid_input");
    }

    @Test
    void aDismissalWithoutAReasonIsBadInput() {
        JsonObject missing = assertError(put("{\"status\":\"dismissed\"}", AS_SUPERVISOR), 400, "invalid_input");
        assertTrue(missing.getString("message").contains("a dismissal needs a reason"), missing.toString());
        JsonObject blank =
                assertError(put("{\"status\":\"dismissed\",\"reason\":\"   \"}", AS_SUPERVISOR), 400, "invalid_input");
        assertTrue(blank.getString("message").contains("a dismissal needs a reason"), blank.toString());
    }

    @Test
    void aBodyThatIsNotADecisionIsBadInput() {
        JsonObject noStatus = assertError(put("{}", AS_SUPERVISOR), 400, "invalid_input");
        assertEquals("status: must not be null", noStatus.getString("message"));
        JsonObject wrongType =
                assertError(put("{\"status\":\"escalated\",\"reason\":12}", AS_SUPERVISOR), 400, BAD_BODY);
        assertEquals("reason must be a string", wrongType.getString("message"));
        assertError(put("not json", AS_SUPERVISOR), 400, BAD_BODY);
    }

    @Test
    void onlySupervisorsDecideAndAWellFormedDecisionOnNoAlertIsNotFound() {
        assertError(put("{\"status\":\"acknowledged\"}", basic(AGENT, AGENT_PASSWORD)), 403, "forbidden");
        assertError(put("{\"status\":\"acknowledged\"}", null), 401, "unauthorized");
        assertError(put("{\"status\":\"escalated\",\"reason\":\"real\"}", AS_SUPERVISOR), 404, "not_found");
    }

    private static final String BAD_BODY = "invalid_json";

    private HttpResponse<String> put(String json, String authorization) {
        HttpRequest.Builder request = api.request(NO_ALERT)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }
}
