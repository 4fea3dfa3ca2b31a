package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live chat at the protocol level: the portal's {@code /ws/chat}, the console's {@code /console/ws/chat}
 * and the live feed, with real WebSocket clients. Agents are "available" while a feed socket is open.
 */
@ExtendWith(RunningCareDesk.class)
class ChatIT {
    private static final String AGENT_BASIC = basic(AGENT, AGENT_PASSWORD);
    private static final String SUPERVISOR_BASIC = basic("supervisor@example.com", "supervisor-demo");
    private final CareDesk app;
    private final Api api;

    ChatIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @Test
    void theConsoleChatSocketIsForStaffOnly() {
        assertEquals(401, FeedClient.refusal(app, "/console/ws/chat", null));
        assertEquals(401, FeedClient.refusal(app, "/console/ws/chat", basic(AGENT, "wrong")));
        assertEquals(403, FeedClient.refusal(app, "/console/ws/chat", basic(ALICE, ALICE_PASSWORD)));
    }

    // "try": an open feed is what puts the agent online; the body never needs to read it.
    @SuppressWarnings("try")
    @Test
    void aPortalChatSocketWithoutTheRightKeyIsClosed() {
        try (FeedClient agentFeed = FeedClient.connect(app, AGENT_BASIC)) {
            JsonObject ticket = startChat(basic(ALICE, ALICE_PASSWORD), "Hello?");
            try (FeedClient wrongKey = FeedClient.connect(
                    app, "/ws/chat?chat=" + ticket.getJsonNumber("chatId") + "&key=AAAABBBBCCCC", null)) {
                assertTrue(wrongKey.closedBy().startsWith("1008"), wrongKey::closedBy);
            }
            try (FeedClient noChat = FeedClient.connect(app, "/ws/chat", null)) {
                assertTrue(noChat.closedBy().startsWith("1008"), noChat::closedBy);
            }
        }
    }

    @Test
    void aCustomerAndAnAgentChatBothWaysAndTheTranscriptJoinsTheHistoryTagged() {
        String marker = Api.unique("chat");
        try (FeedClient feed = FeedClient.connect(app, AGENT_BASIC);
                FeedClient desk = FeedClient.connect(app, "/console/ws/chat", AGENT_BASIC);
                FeedClient otherDesk = FeedClient.connect(app, "/console/ws/chat", SUPERVISOR_BASIC)) {
            JsonObject ticket = startChat(
                    basic(ALICE, ALICE_PASSWORD),
                    "My VoltPak power bank got very hot and smelled of burning, I am really upset " + marker);
            long chatId = ticket.getJsonNumber("chatId").longValue();

            JsonObject started = feed.until("chat " + chatId + " started", f -> isChat(f, chatId, "started"));
            assertEquals(
                    "Alice", started.getJsonObject("data").getString("visitor").split(" ")[0]);
            JsonObject first = feed.until("the first message", f -> isChat(f, chatId, "message"));
            assertTrue(first.getJsonObject("data")
                    .getJsonObject("line")
                    .getString("text")
                    .endsWith(marker));

            try (FeedClient consumer =
                    FeedClient.connect(app, "/ws/chat?chat=" + chatId + "&key=" + ticket.getString("key"), null)) {
                JsonObject history = consumer.until("history", f -> "history".equals(f.getString("type", "")));
                assertEquals("waiting", history.getJsonObject("chat").getString("status"));
                assertEquals(
                        1, history.getJsonObject("chat").getJsonArray("lines").size());

                desk.send(command("accept", chatId, null));
                JsonObject accepted = consumer.until("accepted", f -> "accepted".equals(f.getString("type", "")));
                assertFalse(
                        accepted.containsKey("agentEmail"), () -> "staff e-mail shown to the consumer: " + accepted);

                otherDesk.send(command("accept", chatId, null));
                JsonObject refused = otherDesk.next("the second accept refused");
                assertEquals("conflict", refused.getString("error"), refused::toString);

                desk.send(command("typing", chatId, null));
                JsonObject typing = consumer.until("the agent typing", f -> "typing".equals(f.getString("type", "")));
                assertEquals("agent", typing.getString("from"));
                desk.send(command("say", chatId, "Please stop using it and unplug it. " + marker));
                JsonObject reply = consumer.until(
                        "the agent's reply",
                        f -> "message".equals(f.getString("type", "")) && "agent".equals(f.getString("from", "")));
                assertEquals(
                        "Please stop using it and unplug it. " + marker,
                        reply.getJsonObject("line").getString("text"));

                consumer.send("{\"type\":\"typing\"}");
                feed.until(
                        "the consumer typing",
                        f -> isChat(f, chatId, "typing")
                                && "consumer".equals(f.getJsonObject("data").getString("from")));
                consumer.send("{\"type\":\"say\",\"text\":\"Thanks, done. " + marker + "\"}");
                JsonObject said = feed.until(
                        "the consumer's message",
                        f -> isChat(f, chatId, "message")
                                && "consumer".equals(f.getJsonObject("data").getString("from")));
                assertEquals(
                        "Thanks, done. " + marker,
                        said.getJsonObject("data").getJsonObject("line").getString("text"));

                otherDesk.send(command("say", chatId, "I am not in this chat"));
                assertEquals(
                        "not_found",
                        otherDesk.next("a stranger's message refused").getString("error"));

                desk.send(command("end", chatId, null));
                consumer.until("ended", f -> "ended".equals(f.getString("type", "")));
                JsonObject tagged = feed.until(
                        "the transcript tagged",
                        f -> "contact.tagged".equals(f.getString("type", ""))
                                && f.getJsonObject("data")
                                                .getJsonNumber("chatId")
                                                .longValue()
                                        == chatId);
                assertEquals("chat", tagged.getJsonObject("data").getString("channel"));
                assertEquals("negative", tagged.getJsonObject("data").getString("sentiment"));
                assertTrue(tagged.getJsonObject("data").getBoolean("hazard"), tagged::toString);
            }
        }

        HttpResponse<String> profile = api.get("/console/api/v1/customers?email=" + ALICE, AGENT_BASIC);
        assertEquals(200, profile.statusCode(), profile::body);
        JsonObject transcript = Api.object(profile).getJsonArray("history").stream()
                .map(v -> v.asJsonObject())
                .filter(h -> "chat".equals(h.getString("channel", ""))
                        && h.getString("text", "").contains(marker))
                .findFirst()
                .orElseGet(() -> fail("no chat transcript with " + marker + " in alice's history: " + profile.body()));
        assertTrue(transcript.getString("text").contains("Agent: Please stop using it"), transcript::toString);
        assertEquals("negative", transcript.getString("sentiment"));
        assertFalse(transcript.getJsonArray("hazards").isEmpty(), transcript::toString);
    }

    // "try": an open feed is what puts the agent online; the body never needs to read it.
    @SuppressWarnings("try")
    @Test
    void withNoAgentOnlineAChatCannotStartAndThePortalSaysSo() {
        awaitAvailability(false);
        HttpResponse<String> refused =
                api.postJson("/api/v1/chats", "{\"message\":\"anyone there?\"}", basic(ALICE, ALICE_PASSWORD));
        Api.assertError(refused, 409, "no_agent_available");

        try (FeedClient feed = FeedClient.connect(app, AGENT_BASIC)) {
            awaitAvailability(true);
        }
    }

    @Test
    void aChatRequestWithAWronglyTypedFieldIsRefused() {
        HttpResponse<String> response = api.postJson("/api/v1/chats", "{\"message\":42}", basic(ALICE, ALICE_PASSWORD));
        Api.assertError(response, 400, "invalid_json");
    }

    private JsonObject startChat(String authorization, String message) {
        awaitAvailability(true);
        String body = Json.createObjectBuilder().add("message", message).build().toString();
        HttpResponse<String> response = api.postJson("/api/v1/chats", body, authorization);
        assertEquals(201, response.statusCode(), response::body);
        return Api.object(response);
    }

    /** Presence is updated off the socket's thread: poll until the portal sees it. */
    private void awaitAvailability(boolean available) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = api.get("/api/v1/chats/availability");
            last = response.body();
            if (response.statusCode() == 200 && Api.object(response).getBoolean("available") == available) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofMillis(100).toNanos()); // polling pace, not a timing assumption
        }
        fail("chat availability did not become " + available + " within 30 s; last answer " + last);
    }

    private static boolean isChat(JsonObject frame, long chatId, String kind) {
        return "chat.message".equals(frame.getString("type", ""))
                && frame.getJsonObject("data").getJsonNumber("chatId").longValue() == chatId
                && kind.equals(frame.getJsonObject("data").getString("kind"));
    }

    private static String command(String type, long chatId, String text) {
        var command = Json.createObjectBuilder().add("type", type).add("chat", chatId);
        if (text != null) {
            command.add("text", text);
        }
        return command.build().toString();
    }
}
