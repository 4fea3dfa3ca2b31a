package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's live feed {@code /console/ws/feed} as a non-browser client sees it. */
@ExtendWith(RunningCareDesk.class)
class LiveFeedIT {
    private static final String AGENT_BASIC = basic(AGENT, AGENT_PASSWORD);
    private final CareDesk app;
    private final Api api;

    LiveFeedIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @Test
    void withoutCredentialsTheHandshakeIs401() {
        assertEquals(401, FeedClient.refusal(app, null));
    }

    @Test
    void withAWrongPasswordTheHandshakeIs401() {
        assertEquals(401, FeedClient.refusal(app, basic(AGENT, "not-the-password")));
    }

    @Test
    void aCustomerIsRefusedWith403() {
        assertEquals(403, FeedClient.refusal(app, basic(ALICE, ALICE_PASSWORD)));
    }

    @Test
    void anAgentReceivesANewCaseAsAWellFormedFrame() {
        try (FeedClient feed = FeedClient.connect(app, AGENT_BASIC)) {
            String caseNumber = newCase("Feed frame");
            List<JsonObject> frames = feed.untilCaseCreated(caseNumber);
            JsonObject frame = frames.get(frames.size() - 1);

            assertEquals(JsonValue.ValueType.NUMBER, frame.get("seq").getValueType(), frame::toString);
            assertTrue(((JsonNumber) frame.get("seq")).isIntegral(), () -> "seq not an integer: " + frame);
            assertTrue(frame.getJsonNumber("seq").longValue() > 0, frame::toString);
            assertEquals("case.created", frame.getString("type"));
            assertIsoInstant(frame);
            assertEquals(caseNumber, frame.getJsonObject("data").getString("caseNumber"));
        }
    }

    @Test
    void seqStrictlyIncreasesAcrossEvents() {
        try (FeedClient feed = FeedClient.connect(app, AGENT_BASIC)) {
            List<JsonObject> frames = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                frames.addAll(feed.untilCaseCreated(newCase("Seq " + i)));
            }
            assertStrictlyIncreasing(frames, Long.MIN_VALUE);
            frames.forEach(LiveFeedIT::assertIsoInstant);
        }
    }

    @Test
    void aClientThatResumesReceivesWhatItMissedInOrderThenLiveEvents() {
        long lastSeq;
        try (FeedClient feed = FeedClient.connect(app, AGENT_BASIC)) {
            List<JsonObject> frames = feed.untilCaseCreated(newCase("Before the gap"));
            lastSeq = frames.get(frames.size() - 1).getJsonNumber("seq").longValue();
        }

        String missedFirst;
        String missedSecond;
        // A second console stays connected: once it has both, the server has them, so the
        // resuming client below can only get them by asking for them.
        try (FeedClient witness = FeedClient.connect(app, AGENT_BASIC)) {
            missedFirst = newCase("Missed 1");
            missedSecond = newCase("Missed 2");
            witness.untilCaseCreated(missedFirst);
            witness.untilCaseCreated(missedSecond);
        }

        try (FeedClient feed = FeedClient.connect(app, AGENT_BASIC)) {
            feed.send("{\"type\":\"resume\",\"since\":" + lastSeq + "}");
            List<JsonObject> frames = new ArrayList<>(feed.untilCaseCreated(missedFirst));
            assertTrue(
                    frames.stream().noneMatch(f -> FeedClient.isCaseCreated(f, missedSecond)),
                    () -> "the second missed case came before the first: " + frames);
            frames.addAll(feed.untilCaseCreated(missedSecond));
            assertStrictlyIncreasing(frames, lastSeq);

            String live = newCase("Live after resume");
            List<JsonObject> liveFrames = feed.untilCaseCreated(live);
            assertStrictlyIncreasing(
                    liveFrames,
                    frames.get(frames.size() - 1).getJsonNumber("seq").longValue());
        }
    }

    /**
     * One console stops reading while events keep coming: the other console still gets every one of
     * them, in order, while the stalled one holds nothing up; the stalled one, which answers no
     * ping, is cut off; when it reconnects and resumes from the last frame it had, it gets exactly
     * what came after. (The events are chat lines of 2,000 characters, cheap to make in bulk.)
     */
    @Test
    void aStalledConsoleDoesNotHoldUpTheOthersIsCutOffAndResumes() throws Exception {
        try (FeedClient fast = FeedClient.connect(app, AGENT_BASIC);
                StalledFeedClient stalled = StalledFeedClient.connect(app, AGENT_BASIC)) {
            long chatId = floodOfChatLines(FLOOD);
            List<JsonObject> fastFrames = new ArrayList<>();
            int lines = 0;
            while (lines < FLOOD) {
                JsonObject frame = fast.next((FLOOD - lines) + " more chat lines of the flood");
                fastFrames.add(frame);
                if (isLineOf(frame, chatId)) {
                    lines++;
                }
            }
            assertStrictlyIncreasing(fastFrames, Long.MIN_VALUE);

            // Reads what was sent, then waits (up to 30 s a read) for the server to give up on it.
            StalledFeedClient.Frames got = stalled.readUntilClosed();
            List<JsonObject> stalledFrames =
                    got.texts().stream().map(LiveFeedIT::parse).toList();
            assertStrictlyIncreasing(stalledFrames, Long.MIN_VALUE);
            assertTrue(got.closeCode() == 1008 || got.closeCode() == -1, () -> "closed with " + got.closeCode());
            long lastSeq = stalledFrames.isEmpty()
                    ? fastFrames.get(0).getJsonNumber("seq").longValue() - 1
                    : stalledFrames
                            .get(stalledFrames.size() - 1)
                            .getJsonNumber("seq")
                            .longValue();

            String missed = newCase("Missed while cut off");
            fast.untilCaseCreated(missed);
            try (FeedClient resumed = FeedClient.connect(app, AGENT_BASIC)) {
                resumed.send("{\"type\":\"resume\",\"since\":" + lastSeq + "}");
                List<JsonObject> replayed = resumed.untilCaseCreated(missed);
                assertStrictlyIncreasing(replayed, lastSeq);
                assertTrue(
                        replayed.stream().noneMatch(f -> stalledFrames.stream()
                                .anyMatch(g -> g.getJsonNumber("seq").equals(f.getJsonNumber("seq")))),
                        "a frame came twice");
            }
        }
    }

    private static final int FLOOD = 500;

    /** Starts a chat as alice and sends {@code count} lines of 2,000 characters into it; answers the chat id. */
    private long floodOfChatLines(int count) {
        awaitChatAvailable();
        var response = api.postJson("/api/v1/chats", "{\"message\":\"flood\"}", basic(ALICE, ALICE_PASSWORD));
        assertEquals(201, response.statusCode(), response::body);
        JsonObject ticket = Api.object(response);
        long chatId = ticket.getJsonNumber("chatId").longValue();
        String line = "{\"type\":\"say\",\"text\":\"" + "flood ".repeat(333) + "\"}";
        try (FeedClient consumer =
                FeedClient.connect(app, "/ws/chat?chat=" + chatId + "&key=" + ticket.getString("key"), null)) {
            consumer.next("the chat's history");
            // In batches, each echoed before the next: the server stores one line per transaction.
            int echoed = 0;
            for (int i = 0; i < count; i++) {
                consumer.send(line);
                if (i % 50 == 49 || i == count - 1) {
                    while (echoed <= i) {
                        if ("message".equals(consumer.next("the flood echoed").getString("type", ""))) {
                            echoed++;
                        }
                    }
                }
            }
        }
        return chatId;
    }

    private void awaitChatAvailable() {
        long deadline = System.nanoTime() + FeedClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Api.object(api.get("/api/v1/chats/availability")).getBoolean("available")) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // polling pace
        }
        fail("no agent became available for chat");
    }

    private static boolean isLineOf(JsonObject frame, long chatId) {
        return "chat.message".equals(frame.getString("type", null))
                && frame.getJsonObject("data").getJsonNumber("chatId").longValue() == chatId
                && "message".equals(frame.getJsonObject("data").getString("kind"))
                && frame.getJsonObject("data")
                        .getJsonObject("line")
                        .getString("text")
                        .startsWith("flood flood");
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private String newCase(String subject) {
        return api.createCaseAsAlice(Api.unique(subject), "Testing the live feed.")
                .getString("caseNumber");
    }

    private static void assertStrictlyIncreasing(List<JsonObject> frames, long after) {
        long previous = after;
        for (JsonObject frame : frames) {
            long seq = frame.getJsonNumber("seq").longValue();
            if (seq <= previous) {
                fail("seq " + seq + " does not follow " + previous + " in " + frames);
            }
            previous = seq;
        }
    }

    private static void assertIsoInstant(JsonObject frame) {
        try {
            Instant.parse(frame.getString("at"));
        } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
            fail("'at' is not an ISO-8601 instant: " + frame);
        }
    }
}
