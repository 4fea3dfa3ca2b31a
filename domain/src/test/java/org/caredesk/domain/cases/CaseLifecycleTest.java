package org.caredesk.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.caredesk.domain.contact.Channel;
import org.junit.jupiter.api.Test;

/** What a consumer may do to their case: close, reopen, and rate the outcome once. */
class CaseLifecycleTest {
    private final Instant now = Instant.parse("2026-11-23T02:00:00Z");

    private SupportCase newCase() {
        return new SupportCase("CD-1", "hash", "Subject", Channel.WEB, "en", null, null, ConsumerDetails.NONE, now);
    }

    @Test
    void anOpenCaseCannotBeRatedOrReopened() {
        SupportCase c = newCase();
        assertFalse(c.canBeRated());
        assertFalse(c.rate(5, null, now));
        assertFalse(c.reopenByConsumer(now));
    }

    @Test
    void aClosedCaseIsRatedOnceAndCanBeReopened() {
        SupportCase c = newCase();
        assertTrue(c.closeByConsumer(now));
        assertFalse(c.closeByConsumer(now), "closing twice");
        assertFalse(c.rate(6, null, now), "out of range");
        assertFalse(c.rate(0, null, now), "out of range");
        assertTrue(c.rate(4, "good", now));
        assertEquals(4, c.getCsatScore());
        assertFalse(c.rate(1, "changed my mind", now), "rated twice");
        assertTrue(c.reopenByConsumer(now));
        assertEquals(CaseStatus.OPEN, c.getStatus());
    }

    @Test
    void aResolvedCaseCanBeRated() {
        SupportCase c = newCase();
        c.changeStatus(CaseStatus.RESOLVED, now);
        assertTrue(c.canBeRated());
    }

    @Test
    void anonymisingKeepsNoContactDetails() {
        SupportCase c = new SupportCase(
                "CD-2",
                "hash",
                "My name is Ann",
                Channel.WEB,
                "en",
                null,
                null,
                new ConsumerDetails("Ann", "ann@example.org", "+39 1"),
                now);
        c.anonymise();
        assertEquals(ConsumerDetails.NONE, c.getConsumerDetails());
        assertEquals("[erased]", c.getSubject());
    }
}
