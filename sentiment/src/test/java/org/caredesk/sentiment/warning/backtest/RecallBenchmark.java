package org.caredesk.sentiment.warning.backtest;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.sentiment.Analysis;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.TextPipeline;
import org.caredesk.sentiment.hazard.HazardSignal;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.SeverityWords;
import org.caredesk.sentiment.watch.SafetyWatch;

/**
 * {@code recall-benchmark}: replays the NHTSA development complaints in filing order through the
 * production pipeline and {@link SafetyWatch} with its defaults, and prints per recall whether and
 * how early it was warned, the totals, and the same for the plain {@link PoissonBaseline}. Skips
 * (and says so) when {@code ../shared/data/nhtsa-kia} is absent.
 *
 * <p>{@code ./mvnw -q -pl sentiment test-compile exec:exec@recall-benchmark}
 */
public final class RecallBenchmark {
    private static final java.time.LocalDate SPLIT = java.time.LocalDate.of(2015, 1, 1);

    public static void main(String[] args) {
        Optional<NhtsaHistory> data = NhtsaHistory.find();
        if (data.isEmpty()) {
            System.out.println("recall-benchmark skipped: ../shared/data/nhtsa-kia is absent");
            return;
        }
        NhtsaHistory history = data.get();
        boolean verbose = !Boolean.getBoolean("recall.quiet");
        List<BacktestComplaint> complaints = complaints(history);
        List<ObservedContact> observed = observe(history, TextPipeline.loadDefault());
        List<BacktestAlert> alerts = new WatchReplay().replay(SafetyWatch.withDefaults(), observed, n -> {});
        List<BacktestAlert> baselineAlerts = new PoissonBaseline().replay(complaints);
        RecallScore score = new RecallScore();
        RecallScore.Totals detector = score.score(complaints, history.recalls(), alerts);
        RecallScore.Totals baseline = score.score(complaints, history.recalls(), baselineAlerts);
        if (verbose) {
            System.out.println(
                    "recall                model          reported    hazard  detectable  detector lead  baseline lead");
            for (int i = 0; i < detector.outcomes().size(); i++) {
                RecallScore.Outcome d = detector.outcomes().get(i);
                RecallScore.Outcome b = baseline.outcomes().get(i);
                System.out.printf(
                        Locale.ROOT,
                        "%-20s  %-13s  %s  %6d  %-10s  %13s  %13s%n",
                        d.recall().campaign(),
                        d.recall().product(),
                        d.recall().reported(),
                        d.hazardComplaints(),
                        d.detectable() ? "yes" : "no",
                        lead(d),
                        lead(b));
            }
            if (Boolean.getBoolean("recall.alerts")) {
                alerts.forEach(a -> System.out.println("alert " + a));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d complaints, %d recalls (campaign x model), %d detectable%n",
                complaints.size(),
                detector.recalls(),
                detector.detectable());
        print("detector", detector);
        print("baseline", baseline);
        // A split by time: recalls reported before 2015 and from 2015 on, each with its own alerts and complaints,
        // so that a change judged on one half can be checked on the other.
        for (boolean early : new boolean[] {true, false}) {
            String period = early ? "recalls before 2015" : "recalls from 2015";
            printPeriod("detector, " + period, complaints, history.recalls(), alerts, early);
            printPeriod("baseline, " + period, complaints, history.recalls(), baselineAlerts, early);
        }
    }

    /**
     * The recalls of one period, warned by alerts of any time (a 2014 alert may warn a 2015 recall); the
     * unrelated alerts are those raised in the period, per 1,000 complaints filed in it.
     */
    private static void printPeriod(
            String name,
            List<BacktestComplaint> complaints,
            List<Recall> recalls,
            List<BacktestAlert> alerts,
            boolean early) {
        java.util.function.Predicate<java.time.LocalDate> in = d -> d.isBefore(SPLIT) == early;
        RecallScore score = new RecallScore();
        RecallScore.Totals t = score.score(
                complaints, recalls.stream().filter(r -> in.test(r.reported())).toList(), alerts);
        List<BacktestAlert> raisedIn =
                alerts.stream().filter(a -> in.test(a.day())).toList();
        int unrelated = score.score(complaints, recalls, raisedIn).unrelatedAlerts();
        long filed = complaints.stream().filter(c -> in.test(c.day())).count();
        System.out.printf(
                Locale.ROOT,
                "%s: warned %d of %d detectable (%.0f%%), median lead %.0f days, %d alerts raised in it, "
                        + "%d unrelated = %.2f per 1,000 complaints%n",
                name,
                t.warnedDetectable(),
                t.detectable(),
                100 * t.warnedShare(),
                t.medianLeadDays(),
                raisedIn.size(),
                unrelated,
                filed == 0 ? 0 : 1000.0 * unrelated / filed);
    }

    private static int modelYear(String year) {
        try {
            return Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String lead(RecallScore.Outcome outcome) {
        return outcome.warned() ? outcome.leadDays() + " days" : "-";
    }

    private static void print(String name, RecallScore.Totals t) {
        System.out.printf(
                Locale.ROOT,
                "%s: warned %d of %d detectable (%.0f%%), median lead %.0f days, %d alerts, "
                        + "%d unrelated = %.2f per 1,000 complaints%n",
                name,
                t.warnedDetectable(),
                t.detectable(),
                100 * t.warnedShare(),
                t.medianLeadDays(),
                t.alerts(),
                t.unrelatedAlerts(),
                t.unrelatedPer1000());
    }

    static List<BacktestComplaint> complaints(NhtsaHistory history) {
        List<BacktestComplaint> complaints = new ArrayList<>();
        for (NhtsaHistory.Complaint c : history.complaints()) {
            complaints.add(new BacktestComplaint(c.filed(), c.model(), HazardWords.in(c.summary())));
        }
        return complaints;
    }

    /** The complaints as the import would store and tag them: the model as product, each its own consumer. */
    static List<ObservedContact> observe(NhtsaHistory history, TextPipeline pipeline) {
        List<ObservedContact> contacts = new ArrayList<>();
        for (NhtsaHistory.Complaint c : history.complaints()) {
            Analysis analysis = pipeline.analyze(c.summary(), null, ProductMatcher.empty());
            contacts.add(new ObservedContact(
                    c.odiNumber(),
                    c.filed().atTime(12, 0).toInstant(ZoneOffset.UTC),
                    c.model(),
                    "odi:" + c.odiNumber(),
                    "negative".equals(analysis.sentiment().label().wireName()),
                    analysis.hazards().stream().map(HazardSignal::category).toList(),
                    c.summary(),
                    c.flagged() || SeverityWords.in(c.summary()),
                    c.component(),
                    modelYear(c.modelYear())));
        }
        return contacts;
    }
}
