package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** Plain HTTP against CareDesk with the JDK client, JSON with Jakarta JSON-P. */
final class Api {
    static final String ALICE = "alice@example.com";
    static final String ALICE_PASSWORD = "alice-demo";
    static final String AGENT = "agent@example.com";
    static final String AGENT_PASSWORD = "agent-demo";
    static final String SUPERVISOR = "supervisor@example.com";
    static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    // HTTP/1.1 as curl and most integrators speak it. The JDK's default h2c upgrade meets a Payara HTTP/2 bug:
    // after one request with a large header block, later requests on that connection get 431 or RST_STREAM.
    private static final HttpClient CLIENT = newClient();

    private final CareDesk app;

    Api(CareDesk app) {
        this.app = app;
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(app.uri(path)).timeout(TIMEOUT);
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    /** On a connection of its own, for requests that might leave a connection unusable. */
    HttpResponse<String> sendAlone(HttpRequest request) {
        return send(newClient(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** GET with an Authorization header, or none when {@code authorization} is null. */
    HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    HttpResponse<String> delete(String path, String authorization) {
        return send(
                request(path).DELETE().header("Authorization", authorization).build());
    }

    HttpResponse<String> postJson(String path, String json, String authorization) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    HttpResponse<String> putJson(String path, String json, String authorization) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** Opens a case as alice (signed in, so the anonymous rate limit is not used up). */
    JsonObject createCaseAsAlice(String subject, String message) {
        String body = Json.createObjectBuilder()
                .add("subject", subject)
                .add("message", message)
                .build()
                .toString();
        HttpResponse<String> response = postJson("/api/v1/cases", body, basic(ALICE, ALICE_PASSWORD));
        assertEquals(201, response.statusCode(), () -> "POST /api/v1/cases as alice: " + response.body());
        return object(response);
    }

    static JsonObject object(HttpResponse<String> response) {
        return json(response).asJsonObject();
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        } catch (JsonParsingException e) {
            return fail(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " with a body that is not JSON: " + abbreviate(response.body()));
        }
    }

    /** Asserts the error of docs/api.md: this status, a JSON content type, and {"error": code, "message": ...}. */
    static JsonObject assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(
                status,
                response.statusCode(),
                () -> "status of " + response.request().method() + " "
                        + abbreviate(response.request().uri().toString()) + "; body: " + abbreviate(response.body()));
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(
                type.startsWith("application/json"),
                () -> "Content-Type of a " + status + " error is '" + type + "'; body: " + abbreviate(response.body()));
        JsonObject error = object(response);
        assertEquals(code, error.getString("error", null), () -> "error code in " + error);
        assertTrue(
                error.containsKey("message") && !error.getString("message", "").isBlank(),
                () -> "error without a message: " + error);
        return error;
    }

    static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
