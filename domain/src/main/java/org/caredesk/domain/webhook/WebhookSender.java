package org.caredesk.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** POSTs one signed delivery and reads the answer; never throws, a failure is an answer too. */
@ApplicationScoped
public class WebhookSender {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public WebhookResponse send(WebhookLedger.Outgoing delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "CareDesk-Webhook/1")
                    .header("X-CareDesk-Event", delivery.event())
                    .header("X-CareDesk-Delivery", String.valueOf(delivery.id()))
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new WebhookResponse(response.statusCode(), response.body(), null);
        } catch (IOException | IllegalArgumentException e) {
            return new WebhookResponse(null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookResponse(null, null, "interrupted");
        }
    }
}
