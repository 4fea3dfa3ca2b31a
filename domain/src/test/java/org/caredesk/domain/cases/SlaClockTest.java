package org.caredesk.domain.cases;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaClockTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");
    private static final SlaTarget TARGET = new SlaTarget("web", "normal", 60, 24 * 60);

    @Test
    void bothTimersRunUntilTheirDeadlines() {
        SlaClock clock = SlaClock.of(TARGET, CREATED, null, null, CREATED.plus(Duration.ofMinutes(30)));
        assertEquals(CREATED.plus(Duration.ofHours(1)), clock.firstResponseDue());
        assertEquals(CREATED.plus(Duration.ofHours(24)), clock.resolutionDue());
        assertFalse(clock.breached());
        assertEquals(clock.firstResponseDue(), clock.nextDue());
    }

    @Test
    void aMissedFirstResponseIsABreachEvenAfterTheAnswer() {
        Instant lateAnswer = CREATED.plus(Duration.ofMinutes(90));
        SlaClock clock = SlaClock.of(TARGET, CREATED, lateAnswer, null, CREATED.plus(Duration.ofHours(2)));
        assertNull(clock.firstResponseDue(), "the first-response timer stopped");
        assertTrue(clock.firstResponseBreached());
        assertFalse(clock.resolutionBreached());
        assertEquals(clock.resolutionDue(), clock.nextDue());
    }

    @Test
    void anAnswerInTimeAndAResolutionInTimeStopBothTimersWithoutBreach() {
        SlaClock clock = SlaClock.of(
                TARGET,
                CREATED,
                CREATED.plus(Duration.ofMinutes(59)),
                CREATED.plus(Duration.ofHours(3)),
                CREATED.plus(Duration.ofDays(5)));
        assertFalse(clock.breached());
        assertNull(clock.nextDue());
    }

    @Test
    void anUnresolvedCasePastItsResolutionDeadlineIsBreached() {
        SlaClock clock = SlaClock.of(
                TARGET, CREATED, CREATED.plus(Duration.ofMinutes(5)), null, CREATED.plus(Duration.ofHours(25)));
        assertTrue(clock.resolutionBreached());
        assertTrue(clock.breached());
    }

    @Test
    void targetsOutsideOneMinuteToNinetyDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SlaTarget("web", "low", 0, 60));
        assertThrows(IllegalArgumentException.class, () -> new SlaTarget("web", "low", 60, SlaTarget.MAX_MINUTES + 1));
        assertEquals(SlaTarget.MAX_MINUTES, new SlaTarget("web", "low", 1, SlaTarget.MAX_MINUTES).resolutionMinutes());
    }
}
