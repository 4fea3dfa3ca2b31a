package org.caredesk.system;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
