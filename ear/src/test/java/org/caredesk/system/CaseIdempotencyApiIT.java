package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/cases} with an {@code Idempotency-Key}: the same key answers the same case, never a second one. */
@ExtendWith(RunningCareDesk.class)
class CaseIdempotencyApiIT {
    private final Api api;

    CaseIdempotencyApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void theSameKeyTwiceAnswersTheSameCaseWithItsTrackingCode() {
        String key = UUID.randomUUID().toString();
        String body = body(Api.unique("Idempotent"));
        HttpResponse<String> first = post(body, key, basic(ALICE, ALICE_PASSWORD));
        HttpResponse<String> second = post(body, key, basic(ALICE, ALICE_PASSWORD));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        JsonObject a = Api.object(first);
        JsonObject b = Api.object(second);
        assertEquals(a.getString("caseNumber"), b.getString("caseNumber"), "the same case");
        assertEquals(a.getString("trackingCode"), b.getString("trackingCode"), "the same tracking code");
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(null));

        HttpResponse<String> other = post(body, UUID.randomUUID().toString(), basic(ALICE, ALICE_PASSWORD));
        assertNotEquals(
                a.getString("caseNumber"), Api.object(other).getString("caseNumber"), "another key, another case");
        HttpResponse<String> none = post(body, null, basic(ALICE, ALICE_PASSWORD));
        assertNotEquals(a.getString("caseNumber"), Api.object(none).getString("caseNumber"), "no key, a new case");
    }

    @Test
    void keysSentAtTheSameMomentStillOpenOneCase() {
        String key = UUID.randomUUID().toString();
        String body = body(Api.unique("Idempotent race"));
        List<CompletableFuture<HttpResponse<String>>> racing = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> api.sendAlone(request(body, key, basic(ALICE, ALICE_PASSWORD)))))
                .toList();
        List<String> numbers = racing.stream()
                .map(CompletableFuture::join)
                .map(r -> {
                    assertEquals(201, r.statusCode(), r.body());
                    return Api.object(r).getString("caseNumber");
                })
                .distinct()
                .toList();
        assertEquals(1, numbers.size(), "four simultaneous requests with one key: one case, got " + numbers);
    }

    @Test
    void aKeyIsTheClientsOwnAndAMalformedOneIsRefused() {
        String key = UUID.randomUUID().toString();
        String body = body(Api.unique("Idempotent per client"));
        HttpResponse<String> alice = post(body, key, basic(ALICE, ALICE_PASSWORD));
        HttpResponse<String> bob = post(body, key, basic("bob@example.com", "bob-demo"));
        assertNotEquals(
                Api.object(alice).getString("caseNumber"),
                Api.object(bob).getString("caseNumber"),
                "another client's key of the same value is not alice's");

        JsonObject error =
                Api.assertError(post(body, "has spaces in it", basic(ALICE, ALICE_PASSWORD)), 400, "bad_request");
        assertEquals(
                "Idempotency-Key must be 1 to 200 printable ASCII characters without spaces",
                error.getString("message"));
    }

    private static String body(String subject) {
        return Json.createObjectBuilder()
                .add("subject", subject)
                .add("message", "The lid of my kettle does not close.")
                .build()
                .toString();
    }

    private HttpResponse<String> post(String body, String key, String authorization) {
        return api.send(request(body, key, authorization));
    }

    private HttpRequest request(String body, String key, String authorization) {
        HttpRequest.Builder request = api.request("/api/v1/cases")
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.build();
    }
}
