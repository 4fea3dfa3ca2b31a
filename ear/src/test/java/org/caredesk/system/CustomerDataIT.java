package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customers read only their own data; agents find a customer by phone or e-mail (screen pop). */
@ExtendWith(RunningCareDesk.class)
class CustomerDataIT {
    private static final String AS_ALICE = basic(ALICE, ALICE_PASSWORD);
    private static final String AS_BOB = basic("bob@example.com", "bob-demo");
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    private final Api api;

    CustomerDataIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void aCustomerSeesTheirOwnProfileProductsAndCases() {
        JsonObject me = object(api.get("/api/v1/me", AS_ALICE));
        assertEquals(ALICE, me.getString("email"));
        JsonArray products = json(api.get("/api/v1/me/products", AS_ALICE)).asJsonArray();
        assertTrue(
                products.stream()
                        .anyMatch(p -> p.asJsonObject().getString("productCode").equals("PB-20K")),
                "alice owns the power bank: " + products);
        assertFalse(json(api.get("/api/v1/me/accounts", AS_ALICE)).asJsonArray().isEmpty());

        String caseNumber =
                api.createCaseAsAlice(Api.unique("Mine"), "A case of my own.").getString("caseNumber");
        JsonArray cases = json(api.get("/api/v1/me/cases", AS_ALICE)).asJsonArray();
        assertTrue(cases.stream()
                .anyMatch(c -> c.asJsonObject().getString("caseNumber").equals(caseNumber)));
        JsonArray bobsCases = json(api.get("/api/v1/me/cases", AS_BOB)).asJsonArray();
        assertTrue(
                bobsCases.stream()
                        .noneMatch(c -> c.asJsonObject().getString("caseNumber").equals(caseNumber)),
                "bob sees alice's case");
    }

    @Test
    void anotherCustomersCaseIsNotFoundEvenWithoutACode() {
        String caseNumber =
                api.createCaseAsAlice(Api.unique("Private"), "Not for bob.").getString("caseNumber");
        HttpResponse<String> asBob = api.get("/api/v1/cases/" + caseNumber, AS_BOB);
        HttpResponse<String> missing = api.get("/api/v1/cases/CD-999999999", AS_BOB);
        assertError(asBob, 404, "not_found");
        assertEquals(missing.body(), asBob.body(), "not yours and missing must look the same");
        assertEquals(200, api.get("/api/v1/cases/" + caseNumber, AS_ALICE).statusCode());
    }

    @Test
    void theCustomerApiIsForCustomersOnly() {
        assertError(api.get("/api/v1/me", null), 401, "unauthorized");
        assertError(api.get("/api/v1/me/cases", AS_AGENT), 403, "forbidden");
    }

    @Test
    void agentsFindACustomerByPhoneInAnyFormattingOrByEmail() {
        String phone = object(api.get("/api/v1/me", AS_ALICE)).getString("phone");
        String reformatted = phone.replace(" ", "-");
        JsonObject byPhone = object(api.get("/console/api/v1/customers?phone=" + encode(reformatted), AS_AGENT));
        assertEquals(ALICE, byPhone.getString("email"));
        assertFalse(byPhone.getJsonArray("products").isEmpty());
        assertFalse(byPhone.getJsonArray("history").isEmpty());
        JsonObject byEmail =
                object(api.get("/console/api/v1/customers?email=" + encode("ALICE@example.com"), AS_AGENT));
        assertEquals(byPhone.getJsonNumber("id"), byEmail.getJsonNumber("id"));

        assertError(api.get("/console/api/v1/customers?email=nobody@example.com", AS_AGENT), 404, "not_found");
        assertError(api.get("/console/api/v1/customers", AS_AGENT), 400, "bad_request");
        assertError(api.get("/console/api/v1/customers?email=" + encode(ALICE), AS_ALICE), 403, "forbidden");
    }

    @Test
    void theScreenPopTakesThePhoneNumberInEveryCommonFormatting() {
        // alice's number is stored as "+44 20 7946 0018".
        for (String typed : List.of(
                "+44 20 7946 0018",
                "+442079460018",
                "0044 20 7946 0018",
                "020 7946 0018",
                "(020) 7946-0018",
                "020.7946.0018",
                " 44-20-7946-0018 ")) {
            HttpResponse<String> response = api.get("/console/api/v1/customers?phone=" + encode(typed), AS_AGENT);
            assertEquals(200, response.statusCode(), () -> typed + ": " + response.body());
            assertEquals(ALICE, object(response).getString("email"), typed);
        }
        assertError(
                api.get("/console/api/v1/customers?phone=" + encode("+39 000 000 0000"), AS_AGENT), 404, "not_found");
        assertError(api.get("/console/api/v1/customers?phone=" + encode("no digits"), AS_AGENT), 404, "not_found");
        assertError(api.get("/console/api/v1/customers?phone=1&email=" + encode(ALICE), AS_AGENT), 400, "bad_request");
    }

    @Test
    void theScreenPopNeedsStaffCredentials() {
        assertError(api.get("/console/api/v1/customers?email=" + encode(ALICE), null), 401, "unauthorized");
        assertError(
                api.get("/console/api/v1/customers?email=" + encode(ALICE), basic(AGENT, "wrong")),
                401,
                "unauthorized");
        assertError(api.get("/console/api/v1/customers?phone=" + encode("+44 20 7946 0018"), AS_BOB), 403, "forbidden");
    }

    @Test
    void everyScreenPopIsInTheAuditTrailForSupervisors() {
        String asSupervisor = basic("supervisor@example.com", "supervisor-demo");
        java.time.Instant before = java.time.Instant.now().minusSeconds(5);
        long id = object(api.get("/console/api/v1/customers?phone=" + encode("020 7946 0018"), AS_AGENT))
                .getJsonNumber("id")
                .longValue();

        HttpResponse<String> trail = api.get("/console/api/v1/audit?customer=" + id, asSupervisor);
        assertEquals(200, trail.statusCode(), trail.body());
        assertTrue(
                json(trail).asJsonArray().stream()
                        .map(e -> e.asJsonObject())
                        .anyMatch(e -> e.getString("actor").equals(AGENT)
                                && e.getString("action").equals("customer.opened")
                                && e.getString("detail").contains("phone")
                                && !java.time.Instant.parse(e.getString("at")).isBefore(before)),
                trail.body());
        assertError(api.get("/console/api/v1/audit?customer=" + id, AS_AGENT), 403, "forbidden");
        assertError(api.get("/console/api/v1/audit?customer=abc", asSupervisor), 400, "bad_request");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
