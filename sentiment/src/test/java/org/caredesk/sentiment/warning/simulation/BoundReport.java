package org.caredesk.sentiment.warning.simulation;

import java.util.List;
import java.util.Locale;
import org.caredesk.sentiment.warning.PoissonTail;
import org.caredesk.sentiment.warning.simulation.DetectorBenchmark.SpikeResult;

/**
 * Prints, next to a scenario's detection figures, what the planted spikes really contained and
 * the best any detector could have done with them (see {@link DetectionBound}), per background-rate
 * band: the expected number of spikes caught by day 3 under the upper bound and under the
 * known-rate single look, at the false-alert rate the detector actually spent and at the goal's
 * budget of 1 per 1,000 product-days.
 */
final class BoundReport {

    private static final double GOAL_PER_1000_PRODUCT_DAYS = 1.0;

    private BoundReport() {}

    static void print(
            List<SpikeResult> results, double spentPer1000ProductDays, int hazardsPerProduct, double[] bands) {
        int weakThree = 0;
        int weakAll = 0;
        int farTail = 0;
        for (SpikeResult r : results) {
            weakThree += r.firstThreeDays() < 3 * DetectionBound.DAYS * r.baselineRate() ? 1 : 0;
            weakAll += r.allDays() < 3 * r.spikeDays() * r.baselineRate() ? 1 : 0;
            double mean = r.spikeDays() * r.multiplier() * r.baselineRate();
            farTail += 1 - PoissonTail.atLeast(r.allDays() + 1, mean) < 0.001 ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "realised draws: first 3 spike days below 3x background %d/%d, all its days below 3x %d,"
                        + " in the lower 0.1%% tail of their own Poisson law %d (chance alone: about %.1f)%n",
                weakThree,
                results.size(),
                weakAll,
                farTail,
                results.size() / 1000.0);
        // Per product and hazard line and day: the detector's spent rate, and the goal's budget.
        double spent = spentPer1000ProductDays / 1000 / hazardsPerProduct;
        double goal = GOAL_PER_1000_PRODUCT_DAYS / 1000 / hazardsPerProduct;
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "by day 3 per band: detector / upper bound at spent %.3f / at goal 1.0 / known-rate single look at spent:",
                spentPer1000ProductDays));
        for (int b = 0; b + 1 < bands.length; b++) {
            double low = bands[b];
            double high = bands[b + 1];
            List<SpikeResult> band = results.stream()
                    .filter(r -> r.baselineRate() >= low && r.baselineRate() < high)
                    .toList();
            if (band.isEmpty()) {
                continue;
            }
            long caught = band.stream()
                    .filter(r -> r.alertDay() > 0 && r.alertDay() <= DetectionBound.DAYS)
                    .count();
            // The same oracles on the counts the generator really drew (not randomised at the threshold).
            long oracleCaught = band.stream()
                    .filter(r -> r.firstThreeDays()
                            >= DetectionBound.threshold(
                                    DetectionBound.DAYS * r.baselineRate(), DetectionBound.DAYS * spent))
                    .count();
            long oracleMissedCaught = band.stream()
                    .filter(r -> (r.alertDay() == 0 || r.alertDay() > DetectionBound.DAYS)
                            && r.firstThreeDays()
                                    >= DetectionBound.threshold(
                                            DetectionBound.DAYS * r.baselineRate(), DetectionBound.DAYS * spent))
                    .count();
            double upperSpent = 0;
            double upperGoal = 0;
            double single = 0;
            for (SpikeResult r : band) {
                upperSpent += DetectionBound.upperBound(r.baselineRate(), r.multiplier(), spent);
                upperGoal += DetectionBound.upperBound(r.baselineRate(), r.multiplier(), goal);
                single += DetectionBound.knownRateSingleLook(r.baselineRate(), r.multiplier(), spent);
            }
            line.append(String.format(
                    Locale.ROOT,
                    "%n  [%s-%s) %d spikes: %d / %.1f / %.1f / %.1f;"
                            + " upper-bound oracle on the realised counts %d (of the detector's %d misses it catches %d);"
                            + " a 3.0x spike at rate %s: upper bound %.1f%% at goal",
                    fmt(low),
                    fmt(high),
                    band.size(),
                    caught,
                    upperSpent,
                    upperGoal,
                    single,
                    oracleCaught,
                    band.size() - caught,
                    oracleMissedCaught,
                    fmt(low),
                    100 * DetectionBound.upperBound(low, 3.0, goal)));
        }
        System.out.println(line);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Integer.toString((int) d) : Double.toString(d);
    }
}
