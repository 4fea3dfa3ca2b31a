package org.caredesk.console.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedRecord;
import org.junit.jupiter.api.Test;

/** Events for one agent (a call ringing at them) reach that agent's consoles only; the others reach every console. */
class FeedItemTest {
    private static final Instant AT = Instant.parse("2026-12-07T04:00:00Z");

    @Test
    void aCallRingingReachesOnlyTheAgentItRingsAt() {
        FeedLog.Item item = FeedLog.Item.of(new FeedRecord(
                7, FeedEventTypes.CALL_RINGING, AT, "{\"callId\":1,\"agent\":\"agent@example.com\",\"from\":\"123\"}"));
        assertTrue(item.isFor("agent@example.com"));
        assertFalse(item.isFor("supervisor@example.com"));
    }

    @Test
    void aCallEventNamingNobodyReachesNobody() {
        FeedLog.Item item = FeedLog.Item.of(new FeedRecord(8, FeedEventTypes.CALL_ENDED, AT, "{\"callId\":1}"));
        assertFalse(item.isFor("agent@example.com"));
        assertFalse(FeedLog.Item.of(new FeedRecord(9, FeedEventTypes.CALL_RINGING, AT, "not json"))
                .isFor("agent@example.com"));
    }

    @Test
    void aCaseEventReachesEveryConsole() {
        FeedLog.Item item = FeedLog.Item.of(new FeedRecord(
                10, FeedEventTypes.CASE_UPDATED, AT, "{\"caseNumber\":\"CD-1\",\"agent\":\"agent@example.com\"}"));
        assertTrue(item.isFor("supervisor@example.com"));
    }
}
