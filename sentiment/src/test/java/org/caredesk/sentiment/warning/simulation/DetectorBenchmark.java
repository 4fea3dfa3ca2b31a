package org.caredesk.sentiment.warning.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.caredesk.sentiment.warning.DetectorSettings;
import org.caredesk.sentiment.warning.EarlyWarningDetector;
import org.caredesk.sentiment.warning.WarningSignal;

/**
 * Replays seeded synthetic streams through the detector with its default settings and prints,
 * per scenario: the day of the spike on which each planted spike was first alerted (day 1 = the
 * spike's first day), mean and maximum of that delay, spikes missed, and false alerts (an alert
 * whose window overlaps no planted spike of its product and hazard) per 1,000 product-days.
 *
 * <p>{@code mvn -q -pl sentiment process-classes exec:java@detector-benchmark}
 */
public final class DetectorBenchmark {

    /** The goal scenario: 200 products x 365 days, 2 hazards each at 2-12 complaints a day, 3-5x spikes of 5 days. */
    public static StreamSettings goalScenario(long seed) {
        return new StreamSettings(
                seed, 200, 365, LocalDate.of(2025, 1, 1), 2, 2.0, 12.0, 2, 3.0, 5.0, 5, 35, 60, 0.2, 0.5);
    }

    /** What the detector alerted for one stream, measured against what was planted. */
    public record Outcome(
            int spikes,
            int[] alertDayCounts,
            int missed,
            int falseAlerts,
            long productDays,
            int maxDelay,
            double meanDelay,
            List<SpikeResult> results) {

        public double falseAlertsPer1000ProductDays() {
            return 1000.0 * falseAlerts / productDays;
        }

        public int detectedWithin(int days) {
            int sum = 0;
            for (int d = 1; d <= Math.min(days, alertDayCounts.length - 1); d++) {
                sum += alertDayCounts[d];
            }
            return sum;
        }
    }

    /**
     * One planted spike, the day of the spike it was first alerted on (0 = never), and the new
     * complaining consumers the generator really drew on its first 3 and on all 5 days.
     */
    public record SpikeResult(
            double baselineRate, double multiplier, int spikeDays, int alertDay, int firstThreeDays, int allDays) {}

    private static final double[] RATE_BANDS = {0.1, 0.5, 1, 2, 3, 4, 6, 8, 12};

    /**
     * Runs every scenario on seeds 20261123, 1, 2, 3, 4. While iterating, fewer: system properties
     * {@code detector.seeds} (how many of those seeds), {@code detector.products} (products per
     * stream) and {@code detector.scenarios} (comma-separated: goal, known-rate, close, low,
     * very-low). To try
     * other detector settings: {@code detector.alpha}, {@code detector.baselineDays},
     * {@code detector.windows} (comma-separated days) and {@code detector.excludedDaysPerAlert}.
     */
    public static void main(String[] args) {
        long[] seeds = Arrays.copyOf(new long[] {20_261_123L, 1L, 2L, 3L, 4L}, Integer.getInteger("detector.seeds", 5));
        int products = Integer.getInteger("detector.products", 200);
        List<String> scenarios = List.of(System.getProperty("detector.scenarios", "goal,known-rate,close,low,very-low")
                .split(","));
        LongFunction<StreamSettings> goal = s -> goalScenario(s).withProducts(products);
        DetectorSettings detector = overridden(DetectorSettings.defaults());
        System.out.println("Early-warning detector on synthetic streams; detector " + detector);
        if (scenarios.contains("goal")) {
            report("goal: rates 2-12/day, spikes 3-5x for 5 days", seeds, goal, detector);
        }
        if (scenarios.contains("known-rate")) {
            report(
                    "goal scenario, Poisson test with the baseline mean as known rate (not the default)",
                    seeds,
                    goal,
                    detector.withTest(DetectorSettings.Test.POISSON_KNOWN_RATE));
        }
        if (scenarios.contains("close")) {
            report(
                    "goal rates, 6 spikes a product at least 21 days apart (earlier spikes in the baseline)",
                    seeds,
                    s -> goal.apply(s).withSpikes(6, 21),
                    detector);
        }
        if (scenarios.contains("low")) {
            report(
                    "low rates 0.5-2/day (outside the goal)",
                    seeds,
                    s -> goal.apply(s).withRates(0.5, 2.0),
                    detector);
        }
        if (scenarios.contains("very-low")) {
            report(
                    "very low rates 0.1-0.5/day (outside the goal)",
                    seeds,
                    s -> goal.apply(s).withRates(0.1, 0.5),
                    detector);
        }
    }

    private static DetectorSettings overridden(DetectorSettings d) {
        String windows = System.getProperty("detector.windows");
        return new DetectorSettings(
                Integer.getInteger("detector.baselineDays", d.baselineDays()),
                windows == null
                        ? d.windowDays()
                        : Arrays.stream(windows.split(","))
                                .map(Integer::valueOf)
                                .toList(),
                Double.parseDouble(System.getProperty("detector.alpha", Double.toString(d.alpha()))),
                d.minConsumers(),
                d.minDailyRate(),
                d.episodeGapDays(),
                Integer.getInteger("detector.excludedDaysPerAlert", d.excludedDaysPerAlert()),
                d.test(),
                d.zone());
    }

    private static void report(
            String name, long[] seeds, LongFunction<StreamSettings> scenario, DetectorSettings detector) {
        int spikes = 0;
        int missed = 0;
        int falseAlerts = 0;
        long productDays = 0;
        int maxDelay = 0;
        double delaySum = 0;
        int[] byDay = new int[7];
        List<SpikeResult> results = new ArrayList<>();
        for (long seed : seeds) {
            Outcome o = run(scenario.apply(seed), detector);
            spikes += o.spikes();
            missed += o.missed();
            falseAlerts += o.falseAlerts();
            productDays += o.productDays();
            maxDelay = Math.max(maxDelay, o.maxDelay());
            delaySum += o.meanDelay() * (o.spikes() - o.missed());
            results.addAll(o.results());
            for (int d = 0; d < byDay.length; d++) {
                byDay[d] += o.alertDayCounts()[d];
            }
        }
        int detected = spikes - missed;
        System.out.printf(Locale.ROOT, "== %s, %d seeds%n", name, seeds.length);
        System.out.printf(
                Locale.ROOT,
                "spikes %d: alerted on spike day 1: %d, 2: %d, 3: %d, 4: %d, 5: %d, later: %d, missed: %d%n",
                spikes,
                byDay[1],
                byDay[2],
                byDay[3],
                byDay[4],
                byDay[5],
                byDay[6],
                missed);
        System.out.printf(
                Locale.ROOT,
                "within 3 days: %d/%d (%.1f%%); delay mean %.2f days, max %d (day 1 = first spike day)%n",
                byDay[1] + byDay[2] + byDay[3],
                spikes,
                100.0 * (byDay[1] + byDay[2] + byDay[3]) / spikes,
                detected == 0 ? Double.NaN : delaySum / detected,
                maxDelay);
        System.out.printf(
                Locale.ROOT,
                "false alerts %d in %,d product-days = %.3f per 1,000 product-days%n",
                falseAlerts,
                productDays,
                1000.0 * falseAlerts / productDays);
        StringBuilder bands = new StringBuilder("alerted within 3 days by background rate:");
        for (int b = 0; b + 1 < RATE_BANDS.length; b++) {
            double low = RATE_BANDS[b];
            double high = RATE_BANDS[b + 1];
            List<SpikeResult> band = results.stream()
                    .filter(r -> r.baselineRate() >= low && r.baselineRate() < high)
                    .toList();
            if (!band.isEmpty()) {
                long within = band.stream()
                        .filter(r -> r.alertDay() > 0 && r.alertDay() <= 3)
                        .count();
                bands.append(String.format(Locale.ROOT, " [%s-%s) %d/%d;", fmt(low), fmt(high), within, band.size()));
            }
        }
        System.out.println(bands);
        BoundReport.print(
                results,
                1000.0 * falseAlerts / productDays,
                scenario.apply(seeds[0]).hazardsPerProduct(),
                RATE_BANDS);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Integer.toString((int) d) : Double.toString(d);
    }

    /** Replays one stream and scores the alerts against the planted spikes. */
    public static Outcome run(StreamSettings stream, DetectorSettings settings) {
        SpikeStreamGenerator generator = new SpikeStreamGenerator(stream);
        EarlyWarningDetector detector = new EarlyWarningDetector(settings);
        List<WarningSignal> alerts = new ArrayList<>();
        RealisedCounts realised = new RealisedCounts();
        generator.replay(contact -> {
            realised.accept(contact);
            detector.accept(contact).ifPresent(alerts::add);
        });
        List<PlantedSpike> spikes = generator.spikes();
        Map<PlantedSpike, Integer> firstAlertDay = new HashMap<>();
        int falseAlerts = 0;
        for (WarningSignal alert : alerts) {
            PlantedSpike hit = null;
            for (PlantedSpike spike : spikes) {
                if (spike.covers(alert.productCode(), alert.hazard(), alert.windowStart(), alert.windowEnd())) {
                    hit = spike;
                }
            }
            if (hit == null) {
                falseAlerts++;
                continue;
            }
            LocalDate raised = LocalDate.ofInstant(alert.raisedAt(), settings.zone());
            int day = (int) (raised.toEpochDay() - hit.firstDay().toEpochDay()) + 1;
            firstAlertDay.merge(hit, day, Math::min);
        }
        int[] byDay = new int[7];
        int maxDelay = 0;
        double sum = 0;
        List<SpikeResult> results = new ArrayList<>();
        for (PlantedSpike spike : spikes) {
            Integer day = firstAlertDay.get(spike);
            int spikeDays =
                    (int) (spike.lastDay().toEpochDay() - spike.firstDay().toEpochDay()) + 1;
            results.add(new SpikeResult(
                    spike.baselineRate(),
                    spike.multiplier(),
                    spikeDays,
                    day == null ? 0 : day,
                    realised.firstDays(spike, DetectionBound.DAYS),
                    realised.firstDays(spike, spikeDays)));
            if (day != null) {
                byDay[Math.max(1, Math.min(day, 6))]++;
                maxDelay = Math.max(maxDelay, day);
                sum += day;
            }
        }
        int detected = firstAlertDay.size();
        return new Outcome(
                spikes.size(),
                byDay,
                spikes.size() - detected,
                falseAlerts,
                generator.productDays(),
                maxDelay,
                detected == 0 ? 0 : sum / detected,
                results);
    }
}
