package org.caredesk.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code POST /console/api/v1/contacts/import}: JSON lines, idempotent, bad lines reported by number. */
@ExtendWith(RunningCareDesk.class)
class ContactImportIT {
    private static final String SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private final Api api;

    ContactImportIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void linesAreImportedOnceAndBadOnesAreReportedByLineNumber() {
        String run = UUID.randomUUID().toString();
        String body = String.join("\n",
                "{\"receivedAt\":\"2026-11-01T09:30:00Z\",\"channel\":\"email\",\"text\":\"My power bank overheated\",\"product\":\"PB-20K\",\"externalId\":\"" + run + "-1\"}",
                "{\"receivedAt\":\"2026-10-01T09:30:00+02:00\",\"channel\":\"phone\",\"text\":\"The new gadget smells of smoke\",\"product\":\"Gadget " + run + "\",\"externalId\":\"" + run + "-2\"}",
                "not json",
                "{\"receivedAt\":\"yesterday\",\"channel\":\"email\",\"text\":\"x\"}",
                "{\"receivedAt\":\"2026-11-01T09:30:00Z\",\"channel\":\"fax\",\"text\":\"x\"}",
                "{\"receivedAt\":\"2026-11-02T09:30:00Z\",\"channel\":\"email\",\"text\":\"the same again\",\"externalId\":\"" + run + "-1\"}",
                "");

        JsonObject first = object(importLines(body, SUPERVISOR));
        assertEquals(6, first.getInt("lines"));
        assertEquals(2, first.getInt("imported"));
        assertEquals(1, first.getInt("duplicates"), "the repeated externalId is stored once");
        assertEquals(3, first.getInt("rejected"));
        assertEquals(1, first.getInt("newProducts"), "the unknown gadget joins the catalogue");
        var errors = first.getJsonArray("errors");
        assertEquals(3, errors.getJsonObject(0).getInt("line"));
        assertEquals(4, errors.getJsonObject(1).getInt("line"));
        assertEquals("channel must be one of web, email, phone, chat, social, import; got 'fax'",
                errors.getJsonObject(2).getString("message"));

        JsonObject again = object(importLines(body, SUPERVISOR));
        assertEquals(0, again.getInt("imported"), "a second import of the same lines stores nothing");
        assertEquals(3, again.getInt("duplicates"));
        assertEquals(0, again.getInt("newProducts"));
    }

    @Test
    void onlySupervisorsImport() {
        String line = "{\"receivedAt\":\"2026-11-01T09:30:00Z\",\"channel\":\"email\",\"text\":\"hello\"}";
        assertError(importLines(line, null), 401, "unauthorized");
        assertError(importLines(line, basic(AGENT, AGENT_PASSWORD)), 403, "forbidden");
    }

    private HttpResponse<String> importLines(String body, String authorization) {
        HttpRequest.Builder request = api.request("/console/api/v1/contacts/import")
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }
}
