package org.caredesk.sentiment.warning.backtest;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores alerts against recalls with the definitions, so that figures compare:
 * <ul>
 * <li>a recall is <em>detectable</em> when at least 3 complaints about its product with a hazard word
 * arrived in the 180 days before its report date;</li>
 * <li>it is <em>warned</em> when an alert on that product was raised in the 365 days before it, and
 * the <em>lead</em> is the days from the first such alert to the recall;</li>
 * <li>an <em>unrelated</em> alert is one after which no recall of that product followed within 365
 * days, counted per 1,000 complaints.</li>
 * </ul>
 */
public final class RecallScore {
    static final int DETECTABLE_DAYS = 180;
    static final int DETECTABLE_COMPLAINTS = 3;
    static final int WARNING_DAYS = 365;

    /** One recall's outcome; {@code leadDays} is -1 when not warned. */
    public record Outcome(Recall recall, int hazardComplaints, boolean detectable, int leadDays) {
        public boolean warned() {
            return leadDays >= 0;
        }
    }

    /** The totals. */
    public record Totals(
            int recalls,
            int detectable,
            int warnedDetectable,
            double medianLeadDays,
            int alerts,
            int unrelatedAlerts,
            int complaints,
            List<Outcome> outcomes) {

        public double warnedShare() {
            return detectable == 0 ? 0 : (double) warnedDetectable / detectable;
        }

        public double unrelatedPer1000() {
            return complaints == 0 ? 0 : 1000.0 * unrelatedAlerts / complaints;
        }
    }

    public Totals score(List<BacktestComplaint> complaints, List<Recall> recalls, List<BacktestAlert> alerts) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Integer> leads = new ArrayList<>();
        int detectable = 0;
        for (Recall recall : recalls) {
            int hazard = 0;
            for (BacktestComplaint c : complaints) {
                long before = ChronoUnit.DAYS.between(c.day(), recall.reported());
                if (c.hazardWord() && c.product().equals(recall.product()) && before > 0 && before <= DETECTABLE_DAYS) {
                    hazard++;
                }
            }
            int lead = -1;
            for (BacktestAlert alert : alerts) {
                long before = ChronoUnit.DAYS.between(alert.day(), recall.reported());
                if (alert.product().equals(recall.product()) && before > 0 && before <= WARNING_DAYS) {
                    lead = (int) Math.max(lead, before);
                }
            }
            boolean isDetectable = hazard >= DETECTABLE_COMPLAINTS;
            outcomes.add(new Outcome(recall, hazard, isDetectable, lead));
            if (isDetectable) {
                detectable++;
                if (lead >= 0) {
                    leads.add(lead);
                }
            }
        }
        int unrelated = 0;
        for (BacktestAlert alert : alerts) {
            boolean followed = recalls.stream()
                    .anyMatch(r -> r.product().equals(alert.product())
                            && ChronoUnit.DAYS.between(alert.day(), r.reported()) > 0
                            && ChronoUnit.DAYS.between(alert.day(), r.reported()) <= WARNING_DAYS);
            if (!followed) {
                unrelated++;
            }
        }
        return new Totals(
                recalls.size(),
                detectable,
                leads.size(),
                median(leads),
                alerts.size(),
                unrelated,
                complaints.size(),
                outcomes);
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
