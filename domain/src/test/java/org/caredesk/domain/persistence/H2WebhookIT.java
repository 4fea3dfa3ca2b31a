package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.caredesk.domain.webhook.WebhookDeliveryView;
import org.caredesk.domain.webhook.WebhookLedger;
import org.caredesk.domain.webhook.WebhookOutbox;
import org.caredesk.domain.webhook.WebhookResponse;
import org.caredesk.domain.webhook.WebhookSender;
import org.caredesk.domain.webhook.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a real HTTP receiver (the JDK's server on loopback): the receiver checks the signature
 * with its own HMAC, a receiver that fails is tried again after the backoff, and the log keeps each answer.
 */
class H2WebhookIT {
    private static final String SECRET = "a-shared-secret-of-some-length";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private TestDatabase database;
    private JpaHarness jpa;
    private HttpServer receiver;
    private Webhooks webhooks;
    private WebhookOutbox outbox;
    private WebhookLedger ledger;
    private final WebhookSender sender = new WebhookSender();

    record Received(String body, String signature, String event) {}

    @BeforeEach
    void setUp() throws IOException {
        database = TestDatabase.h2();
        jpa = new JpaHarness(database);
        var em = jpa.entityManager();
        webhooks = new Webhooks(em, clock);
        outbox = new WebhookOutbox(em, clock);
        ledger = new WebhookLedger(em, clock);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-CareDesk-Signature"),
                    exchange.getRequestHeaders().getFirst("X-CareDesk-Event")));
            boolean fail = failuresLeft.getAndDecrement() > 0;
            byte[] answer = (fail ? "busy, try later" : "thanks").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        receiver.stop(0);
        jpa.close();
        database.close();
    }

    @Test
    void theReceiverVerifiesTheSignatureOfTheBodyItGot() throws Exception {
        long hook = create(List.of("case.created"));
        jpa.inTransaction(em -> outbox.publish("case.created", java.util.Map.of("caseNumber", "CD-1")));
        jpa.inTransaction(em -> outbox.publish("alert.raised", java.util.Map.of("id", 7))); // not subscribed

        assertEquals(1, deliverDue());

        assertEquals(1, received.size());
        Received got = received.get(0);
        assertEquals("case.created", got.event());
        assertEquals(hmac(SECRET, got.body()), got.signature(), "HMAC-SHA256 of the body, as the receiver computes it");
        assertTrue(got.body().contains("\"caseNumber\":\"CD-1\""), got.body());
        WebhookDeliveryView logged = webhooks.deliveries(hook, 10).get(0);
        assertEquals("delivered", logged.status());
        assertEquals(200, logged.responseStatus());
        assertEquals("thanks", logged.responseBody());
    }

    @Test
    void aFailingReceiverIsTriedAgainAfterTheBackoff() {
        long hook = create(List.of("case.created"));
        failuresLeft.set(1);
        jpa.inTransaction(em -> outbox.publish("case.created", java.util.Map.of("caseNumber", "CD-2")));

        assertEquals(1, deliverDue());
        WebhookDeliveryView first = webhooks.deliveries(hook, 10).get(0);
        assertEquals("retrying", first.status());
        assertEquals(503, first.responseStatus());
        assertEquals(clock.instant().plus(Duration.ofSeconds(30)), first.nextAttemptAt());

        assertEquals(0, deliverDue(), "not due before the backoff has passed");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(1, deliverDue());

        WebhookDeliveryView second = webhooks.deliveries(hook, 10).get(0);
        assertEquals("delivered", second.status());
        assertEquals(2, second.attempts());
        assertEquals(2, received.size());
        assertEquals(received.get(0).body(), received.get(1).body(), "the same delivery, the same body");
    }

    @Test
    void aBadAddressIsRefusedSayingWhy() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(em -> webhooks.create("x", "ftp://example.com/", SECRET, List.of(), true)));
        assertEquals("url: an absolute http or https address", e.getMessage());
        IllegalArgumentException event = assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(
                        em -> webhooks.create("x", "http://example.com/", SECRET, List.of("case.eaten"), true)));
        assertTrue(event.getMessage().startsWith("events: unknown event 'case.eaten'"), event.getMessage());
    }

    private long create(List<String> events) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        return jpa.inTransaction(em -> webhooks.create("Receiver", url, SECRET, events, true))
                .webhook()
                .id();
    }

    /** What the dispatcher does, with each ledger step in its own transaction as in the container. */
    private int deliverDue() {
        int attempts = 0;
        for (long id : jpa.inTransaction(em -> ledger.due(50))) {
            var taken = jpa.inTransaction(em -> ledger.claim(id));
            if (taken.isPresent()) {
                WebhookResponse answer = sender.send(taken.get());
                jpa.inTransaction(em -> {
                    ledger.record(id, answer);
                    return null;
                });
                attempts++;
            }
        }
        return attempts;
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A clock the test moves forward, so a backoff passes without waiting. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
