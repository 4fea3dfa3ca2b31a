package org.caredesk.sentiment.warning.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.TextPipeline;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.hazard.HazardSignal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: how precise the hazard tags are on real narratives, per category, against 300 development
 * complaints labelled by hand ({@code hazard-labels/nhtsa-kia-dev.csv}, by ODINumber only; the texts
 * are read from {@code ../shared/data/nhtsa-kia}, and the test skips when they are absent). Prints
 * precision and recall of each category; fails when a category measured here falls below the floor
 * it had when the labels were made (a guard against tagging getting worse, not a goal).
 */
class HazardLabelsTest {

    @Test
    void eachCategorysPrecisionAndRecallOnHandLabelledComplaints() throws IOException {
        Optional<NhtsaHistory> data = NhtsaHistory.find();
        assumeTrue(data.isPresent(), "../shared/data/nhtsa-kia is absent: the hand-label measure is skipped");
        Map<String, Set<HazardCategory>> labels = labels();
        assertEquals(300, labels.size());
        Map<String, String> texts = data.get().complaints().stream()
                .filter(c -> labels.containsKey(c.odiNumber()))
                .collect(Collectors.toMap(
                        NhtsaHistory.Complaint::odiNumber, NhtsaHistory.Complaint::summary, (a, b) -> a));
        assertEquals(labels.keySet(), texts.keySet(), "every label names a development complaint");

        TextPipeline pipeline = TextPipeline.loadDefault();
        Map<HazardCategory, int[]> counts = new EnumMap<>(HazardCategory.class); // tp, fp, fn
        for (HazardCategory c : HazardCategory.values()) {
            counts.put(c, new int[3]);
        }
        for (Map.Entry<String, Set<HazardCategory>> label : labels.entrySet()) {
            Set<HazardCategory> tagged = EnumSet.noneOf(HazardCategory.class);
            pipeline.analyze(texts.get(label.getKey()), null, ProductMatcher.empty()).hazards().stream()
                    .map(HazardSignal::category)
                    .forEach(tagged::add);
            for (HazardCategory c : HazardCategory.values()) {
                boolean truth = label.getValue().contains(c);
                boolean found = tagged.contains(c);
                if (truth && found) {
                    counts.get(c)[0]++;
                } else if (found) {
                    counts.get(c)[1]++;
                } else if (truth) {
                    counts.get(c)[2]++;
                }
            }
        }
        System.out.println("category               labelled  tagged  precision  recall");
        for (HazardCategory c : HazardCategory.values()) {
            int[] n = counts.get(c);
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %8d %7d %10s %7s%n",
                    c.wireName(),
                    n[0] + n[2],
                    n[0] + n[1],
                    ratio(n[0], n[0] + n[1]),
                    ratio(n[0], n[0] + n[2]));
        }
        assertTrue(
                FLOORS.entrySet().stream()
                        .allMatch(f ->
                                share(counts.get(f.getKey())[0], counts.get(f.getKey())[0] + counts.get(f.getKey())[1])
                                                >= f.getValue()[0]
                                        && share(
                                                        counts.get(f.getKey())[0],
                                                        counts.get(f.getKey())[0] + counts.get(f.getKey())[2])
                                                >= f.getValue()[1]),
                "a category's precision or recall fell below its floor (see the table above)");
    }

    /** Precision and recall floors per category, just under what was measured when labelling. */
    // Measured 2026-12-07. Before the lexicon's vehicle fixes: fire 0.65 / 1.00 (11 labelled), injury 0.43 / 0.72
    // (18), vehicle-failure 0.61 / 0.40 (113), overheating 0 of 10 tags right, allergy-contamination 0 of 5. After
    // them (shattered sunroofs and windows are no injury or overheating, a fractured bolt no injury, an airbag
    // light no failure; more ways of losing control): fire 0.65 / 1.00, injury 0.63 / 0.67, vehicle-failure
    // 0.71 / 0.50, overheating 0 of 4, allergy-contamination 0 of 5. The fixes were made looking at these
    // labels, so the "after" figures flatter; overheating and allergy-contamination are too rare here for a floor.
    private static final double FIRE_PRECISION = 0.6;

    private static final double FIRE_RECALL = 0.9;
    private static final double INJURY_PRECISION = 0.55;
    private static final double INJURY_RECALL = 0.6;
    private static final double FAILURE_PRECISION = 0.65;
    private static final double FAILURE_RECALL = 0.45;
    private static final Map<HazardCategory, double[]> FLOORS = new EnumMap<>(HazardCategory.class);

    static {
        FLOORS.put(HazardCategory.FIRE, new double[] {FIRE_PRECISION, FIRE_RECALL});
        FLOORS.put(HazardCategory.INJURY, new double[] {INJURY_PRECISION, INJURY_RECALL});
        FLOORS.put(HazardCategory.VEHICLE_FAILURE, new double[] {FAILURE_PRECISION, FAILURE_RECALL});
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }

    private static Map<String, Set<HazardCategory>> labels() throws IOException {
        Map<String, Set<HazardCategory>> labels = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HazardLabelsTest.class.getResourceAsStream("/hazard-labels/nhtsa-kia-dev.csv"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.startsWith("odi,") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                Set<HazardCategory> categories = EnumSet.noneOf(HazardCategory.class);
                Arrays.stream(parts[1].trim().split(" "))
                        .filter(s -> !s.isEmpty())
                        .forEach(name -> categories.add(Arrays.stream(HazardCategory.values())
                                .filter(c -> c.wireName().equals(name))
                                .findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("unknown category " + name))));
                labels.put(parts[0].trim(), categories);
            }
        }
        return labels;
    }
}
