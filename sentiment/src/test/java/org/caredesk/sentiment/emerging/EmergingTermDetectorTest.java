package org.caredesk.sentiment.emerging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingTermDetectorTest {

    private final EmergingTermDetector detector = EmergingTermDetector.withDefaults();
    private final List<EmergingTermDetector.Emergence> found = new ArrayList<>();
    private int ids;

    private void complaint(String product, long day, String text) {
        complaint(product, day, text, true);
    }

    private void complaint(String product, long day, String text, boolean hazardous) {
        found.addAll(detector.observe(product, day, "c" + (++ids), text, hazardous));
    }

    /** Two products with the same everyday complaints for a year. */
    private void ordinaryYear() {
        for (long day = 0; day < 365; day++) {
            complaint("A", day, "the transmission shifts hard and the dealer could not fix it");
            complaint("B", day, "the transmission shifts hard and the dealer could not fix it");
        }
    }

    @Test
    void namesANewComponentOfOneProductWithItsContacts() {
        ordinaryYear();
        for (long day = 365; day < 380; day++) {
            complaint("A", day, "the transmission shifts hard and the dealer could not fix it");
            complaint("B", day, "the transmission shifts hard and the dealer could not fix it");
            if (day % 2 == 0) {
                complaint("A", day, "the sunroof shattered on the highway, glass everywhere");
            }
        }
        List<EmergingTermDetector.Emergence> started =
                found.stream().filter(EmergingTermDetector.Emergence::isNew).toList();
        assertEquals(1, started.size(), () -> started.toString());
        assertEquals("A", started.get(0).productCode());
        assertTrue(
                started.get(0).term().contains("sunroof")
                        || started.get(0).term().contains("shattered")
                        || started.get(0).term().contains("glass")
                        || started.get(0).term().contains("highway"),
                started.toString());
        EmergingTermDetector.Emergence last = found.get(found.size() - 1);
        assertTrue(last.contactIds().size() >= started.get(0).contactIds().size());
    }

    @Test
    void aWordEveryProductUsesMoreIsNoEmergingTermOfOne() {
        ordinaryYear();
        for (long day = 365; day < 380; day++) {
            for (String product : List.of("A", "B")) {
                complaint(product, day, "the transmission shifts hard and the dealer could not fix it");
                complaint(product, day, "the recall notice came by mail and the dealer had no parts");
            }
        }
        assertTrue(found.stream().noneMatch(e -> e.term().equals("dealer")), () -> found.toString());
    }

    @Test
    void aTermRisingOnlyInComplaintsWithoutAHazardIsNoSafetySignal() {
        ordinaryYear();
        for (long day = 365; day < 380; day++) {
            complaint("A", day, "the transmission shifts hard and the dealer could not fix it");
            complaint("B", day, "the transmission shifts hard and the dealer could not fix it");
            if (day % 2 == 0) {
                complaint("A", day, "the replacement part is on backorder and unavailable for months", false);
            }
        }
        assertTrue(found.isEmpty(), () -> found.toString());
    }

    @Test
    void theSameRiseEmergesOnceThreeOfItsComplaintsNameAHazard() {
        ordinaryYear();
        int hazardous = 0;
        for (long day = 365; day < 380; day++) {
            complaint("A", day, "the transmission shifts hard and the dealer could not fix it");
            complaint("B", day, "the transmission shifts hard and the dealer could not fix it");
            if (day % 2 == 0) {
                complaint("A", day, "the replacement part is on backorder and unavailable for months", hazardous < 3);
                hazardous++;
            }
        }
        assertTrue(found.stream().anyMatch(e -> e.isNew() && e.productCode().equals("A")), () -> found.toString());
    }

    /** Gamma(6, 1)'s 5th percentile is 2.613 (tables): 5 contacts where 0.4 were expected shrink to 1.87, not 12.5. */
    @Test
    void smallCountsAreShrunkTowardsNoDisproportion() {
        assertEquals(2.613 / 1.4, EmergingTermDetector.lowerRatio(5, 0.4), 0.002);
        assertTrue(EmergingTermDetector.lowerRatio(5, 0.4) < 2.0);
        assertTrue(EmergingTermDetector.lowerRatio(20, 1.0) > 2.0);
    }

    /**
     * Above the exactly computed counts the Wilson–Hilferty approximation takes over: at the switch it agrees
     * with the bisection on the Poisson tail to 1e-5 of the value (Gamma(1002, 1): about 950).
     */
    @Test
    void theApproximationAboveTheExactCountsAgreesWithTheBisectionAtTheSwitch() {
        int shape = EmergingTermDetector.EXACT_SHAPES + 2;
        double lo = 0;
        double hi = shape + 10 * Math.sqrt(shape) + 10;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (org.caredesk.sentiment.warning.PoissonTail.atLeast(shape, mid) < 0.05) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertEquals(lo, EmergingTermDetector.lowerQuantile(shape), lo * 1e-5);
        assertTrue(EmergingTermDetector.lowerQuantile(shape) > 900, "about 950");
    }

    /** At a million contacts the unpruned term counts took 3.3 GB: only the horizon's may stay. */
    @Test
    void termCountsOlderThanAnyTestReadsAreForgotten() {
        EmergingTermDetector fresh = EmergingTermDetector.withDefaults();
        int horizon = TermSettings.defaults().windowDays()
                + TermSettings.defaults().baselineDays()
                + EmergingTermDetector.PRUNE_EVERY_DAYS;
        for (long day = 0; day < 3 * horizon; day++) {
            fresh.observe(
                    "P1", day, "c" + day, "oddword" + Long.toString(day, 26).replaceAll("[0-9]", "x"), true);
        }
        // One product term and one all-products term a day, for the horizon's days at most.
        assertTrue(fresh.storedTermDays() <= 2L * horizon, () -> "kept " + fresh.storedTermDays());
    }

    @Test
    void namesAComponentRisingForOneProductAgainstTheOthersSameComponent() {
        for (long day = 0; day < 380; day++) {
            found.addAll(detector.observe("A", day, "c" + (++ids), "it failed again at the dealer", "ENGINE", true));
            if (day >= 365) {
                found.addAll(detector.observe(
                        "A", day, "c" + (++ids), "it failed again at the dealer", "AIR BAGS:FRONTAL", true));
            }
            found.addAll(detector.observe("B", day, "c" + (++ids), "it failed again at the dealer", "ENGINE", true));
            found.addAll(detector.observe(
                    "B", day, "c" + (++ids), "it failed again at the dealer", day % 10 == 0 ? "AIR BAGS" : "", true));
        }
        List<EmergingTermDetector.Emergence> started =
                found.stream().filter(EmergingTermDetector.Emergence::isNew).toList();
        assertEquals(1, started.size(), () -> started.toString());
        assertEquals("A", started.get(0).productCode());
        assertEquals("component:air bags", started.get(0).term());
    }

    @Test
    void aComponentTheOtherProductsAlwaysFiledOftenIsNoEmergingTermOfOne() {
        for (long day = 0; day < 380; day++) {
            found.addAll(detector.observe("A", day, "c" + (++ids), "it failed again", "ENGINE", true));
            if (day >= 365 && day % 2 == 0) {
                found.addAll(detector.observe("A", day, "c" + (++ids), "it failed again", "AIR BAGS", true));
            }
            found.addAll(detector.observe("B", day, "c" + (++ids), "it failed again", "ENGINE", true));
            found.addAll(detector.observe("B", day, "c" + (++ids), "it failed again", "AIR BAGS", true));
        }
        assertEquals(
                List.of(),
                found.stream().filter(EmergingTermDetector.Emergence::isNew).toList());
    }

    @Test
    void aComponentNeedsNoHazardWordsForTheSourceSaysThePartFailed() {
        for (long day = 0; day < 380; day++) {
            found.addAll(detector.observe("A", day, "c" + (++ids), "it failed again at the dealer", "ENGINE", false));
            if (day >= 365) {
                found.addAll(detector.observe(
                        "A", day, "c" + (++ids), "it failed again at the dealer", "SERVICE BRAKES", false));
            }
            found.addAll(detector.observe("B", day, "c" + (++ids), "it failed again at the dealer", "ENGINE", false));
        }
        List<EmergingTermDetector.Emergence> started =
                found.stream().filter(EmergingTermDetector.Emergence::isNew).toList();
        assertEquals(1, started.size(), () -> started.toString());
        assertEquals("component:service brakes", started.get(0).term());
    }
}
