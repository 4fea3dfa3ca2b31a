package org.caredesk.sentiment.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.junit.jupiter.api.Test;

class EarlyWarningDetectorTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String KETTLE = "KT-310";
    /** New consumers a day for three days after the first spike: 3.5x the background of 2. */
    private static final int SECOND_RISE = 7;

    private final EarlyWarningDetector detector = new EarlyWarningDetector();
    private final List<WarningSignal> alerts = new ArrayList<>();
    private int ids;

    /** Feeds {@code consumers} complaints on {@code day}, one distinct consumer each, spread over the day. */
    private void complaints(int day, int consumers, String product, HazardCategory hazard) {
        for (int i = 0; i < consumers; i++) {
            feed(day, i * (86_000 / Math.max(1, consumers)), product, hazard, "d" + day + "-c" + i, true);
        }
    }

    private Optional<WarningSignal> feed(
            int day, int second, String product, HazardCategory hazard, String consumer, boolean negative) {
        Instant at =
                START.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(second);
        Optional<WarningSignal> alert =
                detector.accept(new TaggedContact("c" + (++ids), at, product, hazard, consumer, negative));
        alert.ifPresent(alerts::add);
        return alert;
    }

    /** 35 days of a steady two complaints a day about fire on the kettle. */
    private void flatHistory() {
        for (int day = 0; day < 35; day++) {
            complaints(day, 2, KETTLE, HazardCategory.FIRE);
        }
    }

    @Test
    void flatBaselineRaisesNothing() {
        for (int day = 0; day < 120; day++) {
            complaints(day, 3, KETTLE, HazardCategory.FIRE);
        }
        assertEquals(List.of(), alerts);
    }

    @Test
    void clearSpikeRaisesOneAlertWithItsEvidence() {
        flatHistory();
        complaints(35, 12, KETTLE, HazardCategory.FIRE);
        assertEquals(1, alerts.size());
        WarningSignal alert = alerts.get(0);
        assertEquals(KETTLE, alert.productCode());
        assertEquals(HazardCategory.FIRE, alert.hazard());
        assertEquals(START.plusDays(35), alert.windowEnd());
        assertTrue(alert.observed() >= 3 && alert.observed() <= 12, () -> alert.toString());
        assertTrue(alert.expected() < 3, () -> alert.toString());
        assertTrue(alert.pValue() < 0.001 / 3, () -> alert.toString());
        assertEquals(alert.observed(), alert.supportingContactIds().size());
    }

    @Test
    void ongoingEpisodeIsNotRaisedAgain() {
        flatHistory();
        for (int day = 35; day < 40; day++) {
            complaints(day, 12, KETTLE, HazardCategory.FIRE);
        }
        assertEquals(1, alerts.size());
    }

    @Test
    void repeatedMessagesFromOneConsumerCountOnce() {
        flatHistory();
        for (int i = 0; i < 30; i++) {
            feed(35, 100 + i, KETTLE, HazardCategory.FIRE, "angry@example.com", true);
        }
        feed(35, 500, KETTLE, HazardCategory.FIRE, "second@example.com", true);
        assertEquals(List.of(), alerts);
    }

    @Test
    void aConsumerWhoWritesEveryDayCountsOnceInTheBaselineToo() {
        for (int day = 0; day < 35; day++) {
            feed(day, 100, KETTLE, HazardCategory.FIRE, "regular-a", true);
            feed(day, 200, KETTLE, HazardCategory.FIRE, "regular-b", true);
        }
        assertEquals(List.of(), alerts);
        // Counting each day's consumers in the baseline (two a day) would hide this rise.
        complaints(35, 6, KETTLE, HazardCategory.FIRE);
        assertEquals(1, alerts.size(), "two regulars are two consumers, not two a day");
        assertTrue(alerts.get(0).expected() < 1, () -> alerts.get(0).toString());
    }

    @Test
    void aConsumerCountsAgainOnlyAfterTheRepeatHorizon() {
        DailyConsumers history = new DailyConsumers(7);
        assertTrue(history.add(0, "a", "c1"));
        assertEquals(false, history.add(0, "a", "c2"), "same day");
        assertEquals(false, history.add(3, "a", "c3"), "three days later: a repeat");
        assertTrue(history.add(3, "b", "c4"));
        assertTrue(history.add(11, "a", "c5"), "eight days after the last message: new again");
        assertEquals(3, history.newConsumers(0, 11));
        assertEquals(2, history.newConsumers(0, 3));
        assertEquals(List.of("c1", "c2", "c3", "c4"), history.contactIds(0, 3));
    }

    @Test
    void fewerThanThreeConsumersNeverAlertEvenFromNothing() {
        flatHistory(); // the stream is old, this product is new
        complaints(40, 2, "NEW-1", HazardCategory.CHOKING);
        assertEquals(List.of(), alerts);
    }

    @Test
    void emptyHistoryDoesNotAlertOnItsFirstComplaints() {
        flatHistory(); // the stream is old, this product is new
        complaints(35, 3, "NEW-1", HazardCategory.CHOKING);
        assertEquals(List.of(), alerts);
        complaints(36, 10, "NEW-1", HazardCategory.CHOKING);
        assertEquals(1, alerts.size(), "ten new consumers in a day about a product with no history is a spike");
    }

    @Test
    void nonNegativeContactsAndOtherProductsAreNotCounted() {
        flatHistory();
        for (int i = 0; i < 12; i++) {
            feed(35, 10 + 2 * i, KETTLE, HazardCategory.FIRE, "happy" + i, false);
            feed(35, 11 + 2 * i, "TOASTER", HazardCategory.FIRE, "t" + i, true);
        }
        assertEquals(1, alerts.size());
        assertEquals("TOASTER", alerts.get(0).productCode());
    }

    @Test
    void dismissedWindowDoesNotReAlertForAnOverlappingWindow() {
        flatHistory();
        detector.dismiss(KETTLE, HazardCategory.FIRE, START.plusDays(34), START.plusDays(35));
        complaints(35, 12, KETTLE, HazardCategory.FIRE);
        complaints(36, 12, KETTLE, HazardCategory.FIRE);
        assertEquals(List.of(), alerts);
    }

    @Test
    void aNewEpisodeAfterAQuietGapIsRaisedAgain() {
        flatHistory();
        complaints(35, 12, KETTLE, HazardCategory.FIRE);
        for (int day = 36; day < 70; day++) {
            complaints(day, 2, KETTLE, HazardCategory.FIRE);
        }
        complaints(70, 14, KETTLE, HazardCategory.FIRE);
        assertEquals(2, alerts.size());
    }

    @Test
    void theFloorOfAnEmptyHistoryWeighsNoMoreThanFourWeeksOfCounts() {
        for (int day = 0; day < 70; day++) {
            complaints(day, 2, KETTLE, HazardCategory.FIRE); // an old stream; the iron is new
        }
        int[] tenInAWeek = {2, 1, 2, 1, 2, 1, 1};
        for (int d = 0; d < tenInAWeek.length; d++) {
            complaints(70 + d, tenInAWeek[d], "IRON", HazardCategory.OVERHEATING);
        }
        // Against the floor of 0.2 a day taken as 56 days of counts (12 consumers) p = 5.2e-5 would
        // alert; as 28 days (6 consumers) p = 2.5e-4 does not.
        assertEquals(List.of(), alerts);
        for (int d = 0; d < 7; d++) {
            complaints(80 + d, 2, "IRON", HazardCategory.OVERHEATING);
        }
        assertEquals(1, alerts.size(), "fourteen in a week against the floor is a spike");
    }

    @Test
    void theStreamsFirstWeekIsNotJudged() {
        complaints(0, 20, KETTLE, HazardCategory.FIRE);
        complaints(6, 20, "TOASTER", HazardCategory.FIRE);
        assertEquals(List.of(), alerts, "no history yet: nothing to compare with");
        complaints(7, 20, "IRON", HazardCategory.FIRE);
        assertEquals(1, alerts.size(), "a week later a product never heard of before is judged against the floor");
    }

    @Test
    void aRaisedSpikeDoesNotHideTheNextOneWeeksLater() {
        for (int day = 0; day < 60; day++) {
            complaints(day, 2, KETTLE, HazardCategory.FIRE);
        }
        for (int day = 60; day < 65; day++) {
            complaints(day, 12, KETTLE, HazardCategory.FIRE);
        }
        for (int day = 65; day < 85; day++) {
            complaints(day, 2, KETTLE, HazardCategory.FIRE);
        }
        for (int day = 85; day < 88; day++) {
            complaints(day, SECOND_RISE, KETTLE, HazardCategory.FIRE);
        }
        assertEquals(2, alerts.size(), () -> alerts.toString());
        assertTrue(
                alerts.get(1).expected() < 2.5 * alerts.get(1).windowDays(),
                () -> "the first spike's days are not in the second one's baseline: " + alerts.get(1));
    }

    @Test
    void withTheSpikesDaysInTheBaselineTheNextOneStaysHidden() {
        EarlyWarningDetector keepsEverything = new EarlyWarningDetector(withExcludedDays(0));
        int[] perDay = new int[88];
        java.util.Arrays.fill(perDay, 2);
        java.util.Arrays.fill(perDay, 60, 65, 12);
        java.util.Arrays.fill(perDay, 85, 88, SECOND_RISE);
        List<WarningSignal> raised = new ArrayList<>();
        for (int day = 0; day < perDay.length; day++) {
            for (int i = 0; i < perDay[day]; i++) {
                Instant at = START.plusDays(day)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .plusSeconds(i * 600L);
                keepsEverything
                        .accept(new TaggedContact(
                                "k" + day + "-" + i, at, KETTLE, HazardCategory.FIRE, "d" + day + "-c" + i, true))
                        .ifPresent(raised::add);
            }
        }
        assertEquals(1, raised.size(), () -> raised.toString());
    }

    private static DetectorSettings withExcludedDays(int days) {
        DetectorSettings d = DetectorSettings.defaults();
        return new DetectorSettings(
                d.baselineDays(),
                d.windowDays(),
                d.alpha(),
                d.minConsumers(),
                d.minDailyRate(),
                d.episodeGapDays(),
                days,
                d.test(),
                d.zone());
    }

    @Test
    void contactsMustArriveInOrder() {
        feed(3, 0, KETTLE, HazardCategory.FIRE, "a", true);
        assertThrows(IllegalArgumentException.class, () -> feed(2, 0, KETTLE, HazardCategory.FIRE, "b", true));
    }
}
