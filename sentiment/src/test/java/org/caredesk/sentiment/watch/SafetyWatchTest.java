package org.caredesk.sentiment.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.EarlyWarningDetector;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.SafetySignal;
import org.caredesk.sentiment.warning.TaggedContact;
import org.caredesk.sentiment.warning.WarningSignal;
import org.junit.jupiter.api.Test;

/**
 * A real signal as the NHTSA complaints show it: a product with a complaint about every three weeks
 * for a year, then two a week for six weeks, the same defect tagged with different hazard
 * categories. The burst detector that production used alone saw nothing of it (the reason an
 * imported real history raised no alert); the watch raises one alert, which then grows.
 */
class SafetyWatchTest {

    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final List<List<HazardCategory>> SPLIT = List.of(
            List.of(HazardCategory.INJURY),
            List.of(HazardCategory.OVERHEATING),
            List.of(HazardCategory.ALLERGY_CONTAMINATION),
            List.of(HazardCategory.INJURY, HazardCategory.OVERHEATING));

    private int ids;

    private ObservedContact contact(int day, List<HazardCategory> hazards, String text) {
        return new ObservedContact(
                "c" + (++ids),
                START.plusDays(day).atTime(12, 0).toInstant(ZoneOffset.UTC),
                "SUV-1",
                "consumer-" + ids,
                true,
                hazards,
                text,
                false);
    }

    /** Background: a hazard complaint every 21 days for 400 days; then two a week for 6 weeks. */
    private List<ObservedContact> slowRise() {
        List<ObservedContact> contacts = new ArrayList<>();
        for (int day = 0; day < 400; day += 21) {
            contacts.add(contact(day, List.of(HazardCategory.VEHICLE_FAILURE), "the engine stalled on the road"));
        }
        int[] riseDays = {402, 405, 409, 412, 416, 418, 422, 425, 429, 432, 436, 440};
        for (int i = 0; i < riseDays.length; i++) {
            contacts.add(contact(riseDays[i], SPLIT.get(i % SPLIT.size()), "the sunroof exploded while driving"));
        }
        return contacts;
    }

    @Test
    void theBurstDetectorAloneMissesASlowRiseSplitOverCategories() {
        EarlyWarningDetector bursts = new EarlyWarningDetector();
        List<WarningSignal> raised = new ArrayList<>();
        for (ObservedContact c : slowRise()) {
            for (HazardCategory hazard : c.hazards()) {
                bursts.accept(new TaggedContact(
                                c.contactId(), c.receivedAt(), c.productCode(), hazard, c.consumerKey(), true))
                        .ifPresent(raised::add);
            }
        }
        assertEquals(List.of(), raised);
    }

    @Test
    void theWatchRaisesOneProductLevelAlertThatGrows() {
        SafetyWatch watch = SafetyWatch.withDefaults();
        List<SafetySignal> signals = new ArrayList<>();
        slowRise().forEach(c -> signals.addAll(watch.accept(c)));
        List<SafetySignal> anyHazard = signals.stream()
                .filter(s -> s.topic().equals(SafetySignal.ANY_HAZARD))
                .toList();
        assertEquals(1, anyHazard.stream().filter(SafetySignal::isNew).count(), () -> signals.toString());
        // The category rises of the same complaints grow the product's open alert instead of raising their own.
        assertEquals(1, signals.stream().filter(SafetySignal::isNew).count(), () -> signals.toString());
        assertEquals(signals.size(), anyHazard.size(), () -> signals.toString());
        List<SafetySignal> productLevel = anyHazard.stream()
                .filter(s -> s.why().contains("hazard complaints"))
                .toList();
        SafetySignal first = productLevel.get(0);
        SafetySignal last = productLevel.get(productLevel.size() - 1);
        assertTrue(first.isNew());
        assertFalse(last.isNew());
        assertTrue(last.contactIds().size() > first.contactIds().size(), () -> anyHazard.toString());
        assertTrue(last.contactIds().containsAll(first.contactIds()));
        assertTrue(first.why().contains("hazard complaints"), first.why());
    }

    /**
     * While the product's alert is open, a burst of another hazard is a new problem with its own alert (the
     * console's AlertRecallIT: a power bank watched for overheating starts giving electric shocks).
     */
    @Test
    void aBurstOfAnotherHazardRaisesItsOwnAlertWhileTheProductsAlertIsOpen() {
        SafetyWatch watch = SafetyWatch.withDefaults();
        List<SafetySignal> signals = new ArrayList<>();
        slowRise().forEach(c -> signals.addAll(watch.accept(c)));
        assertEquals(1, signals.stream().filter(SafetySignal::isNew).count(), () -> signals.toString());
        List<SafetySignal> shocks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            shocks.addAll(watch.accept(
                    contact(441 + i / 4, List.of(HazardCategory.ELECTRIC_SHOCK), "it gave me an electric shock")));
        }
        List<SafetySignal> raised = shocks.stream().filter(SafetySignal::isNew).toList();
        assertEquals(1, raised.size(), () -> shocks.toString());
        assertEquals(HazardCategory.ELECTRIC_SHOCK.wireName(), raised.get(0).topic());
    }

    @Test
    void nothingIsRaisedForAProductComplainingAtItsUsualRate() {
        SafetyWatch watch = SafetyWatch.withDefaults();
        List<SafetySignal> signals = new ArrayList<>();
        for (int day = 0; day < 700; day += 7) {
            signals.addAll(watch.accept(contact(day, List.of(HazardCategory.FIRE), "smoke came from the dash")));
        }
        assertEquals(List.of(), signals);
    }
}
