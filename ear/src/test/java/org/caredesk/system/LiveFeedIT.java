package org.caredesk.system;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
            assertTrue(frames.stream().noneMatch(f -> FeedClient.isCaseCreated(f, missedSecond)),
                    () -> "the second missed case came before the first: " + frames);
            frames.addAll(feed.untilCaseCreated(missedSecond));
            assertStrictlyIncreasing(frames, lastSeq);

            String live = newCase("Live after resume");
            List<JsonObject> liveFrames = feed.untilCaseCreated(live);
            assertStrictlyIncreasing(liveFrames, frames.get(frames.size() - 1).getJsonNumber("seq").longValue());
        }
    }

    /**
     * One console stops reading while cases keep coming: the other console still gets every one of
     * them, in order; the stalled one is cut off once it is too far behind (the server's queue per
     * console is bounded), and when it reconnects and resumes from the last frame it had, it gets
     * exactly what it missed.
     */
    @Test
    void aStalledConsoleDoesNotHoldUpTheOthersIsCutOffAndResumes() throws Exception {
        try (FeedClient fast = FeedClient.connect(app, AGENT_BASIC);
             StalledFeedClient stalled = StalledFeedClient.connect(app, AGENT_BASIC)) {
            List<String> flood = floodOfCases(FLOOD);
            Set<String> wanted = new HashSet<>(flood);
            List<JsonObject> fastFrames = new ArrayList<>();
            while (!wanted.isEmpty()) {
                JsonObject frame = fast.next(wanted.size() + " more cases of the flood");
                fastFrames.add(frame);
                if ("case.created".equals(frame.getString("type", null))) {
                    wanted.remove(frame.getJsonObject("data").getString("caseNumber"));
                }
            }
            assertStrictlyIncreasing(fastFrames, Long.MIN_VALUE);

            StalledFeedClient.Frames got = stalled.readUntilClosed();
            List<JsonObject> stalledFrames = got.texts().stream().map(LiveFeedIT::parse).toList();
            Set<String> stalledCases = caseNumbers(stalledFrames);
            assertTrue(!stalledCases.containsAll(flood), () -> "the stalled console was not cut off: it received all "
                    + flood.size() + " cases (close code " + got.closeCode() + ")");
            assertStrictlyIncreasing(stalledFrames, Long.MIN_VALUE);
            long lastSeq = stalledFrames.isEmpty() ? fastFrames.get(0).getJsonNumber("seq").longValue() - 1
                    : stalledFrames.get(stalledFrames.size() - 1).getJsonNumber("seq").longValue();

            try (FeedClient resumed = FeedClient.connect(app, AGENT_BASIC)) {
                resumed.send("{\"type\":\"resume\",\"since\":" + lastSeq + "}");
                Set<String> missing = new HashSet<>(flood);
                missing.removeAll(stalledCases);
                List<JsonObject> replayed = new ArrayList<>();
                while (!missing.isEmpty()) {
                    JsonObject frame = resumed.next(missing.size() + " missed cases after resuming from " + lastSeq);
                    replayed.add(frame);
                    if ("case.created".equals(frame.getString("type", null))) {
                        String number = frame.getJsonObject("data").getString("caseNumber");
                        assertTrue(!stalledCases.contains(number), () -> number + " was replayed although received");
                        missing.remove(number);
                    }
                }
                assertStrictlyIncreasing(replayed, lastSeq);
            }
        }
    }

    /** Enough cases to fill the stalled console's socket buffers and then its queue on the server. */
    private static final int FLOOD = 1_600;

    private List<String> floodOfCases(int count) throws Exception {
        // Long subjects make big frames, so the socket buffers fill with fewer cases.
        String padding = "x".repeat(150);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                numbers.add(pool.submit(() -> newCase("Flood " + n + " " + padding)));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> number : numbers) {
                result.add(number.get(2, TimeUnit.MINUTES));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Set<String> caseNumbers(List<JsonObject> frames) {
        Set<String> numbers = new HashSet<>();
        for (JsonObject frame : frames) {
            if ("case.created".equals(frame.getString("type", null))) {
                numbers.add(frame.getJsonObject("data").getString("caseNumber"));
            }
        }
        return numbers;
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private String newCase(String subject) {
        return api.createCaseAsAlice(Api.unique(subject), "Testing the live feed.").getString("caseNumber");
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
