package org.caredesk.sentiment.watch;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caredesk.sentiment.emerging.ComponentTerms;
import org.caredesk.sentiment.emerging.EmergingTermDetector;
import org.caredesk.sentiment.emerging.EmergingTermDetector.Emergence;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.DetectorSettings;
import org.caredesk.sentiment.warning.EarlyWarningDetector;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.RiseDetector;
import org.caredesk.sentiment.warning.RiseSettings;
import org.caredesk.sentiment.warning.SafetySignal;
import org.caredesk.sentiment.warning.TaggedContact;
import org.caredesk.sentiment.warning.WarningSignal;

/**
 * The early-warning watch that production runs: every tagged contact goes through three tests and
 * comes out as new or grown {@link SafetySignal}s.
 * <ul>
 * <li>{@link EarlyWarningDetector}: sudden bursts of one hazard category over one to seven days (a
 * product going up in smoke this week);</li>
 * <li>{@link RiseDetector}: slow rises over one to four weeks against the trailing half year, over all the
 * product's negative hazard-bearing contacts (tagged with a category, or severe by the source's
 * flags or words; one defect is often tagged with several categories) and per category;</li>
 * <li>{@link EmergingTermDetector}: words and short phrases newly frequent for the product, which
 * need no taxonomy (a sunroof, a door-panel wire).</li>
 * </ul>
 * One product has one open alert at a time: a signal of any test and topic within
 * {@link #CONSOLIDATION_DAYS} of the product's open alert being raised grows that alert (its evidence,
 * counts and severity) instead of raising another, so an ongoing problem is one alert, not one per test,
 * category and week. After that the next significant signal raises a fresh alert. On the NHTSA
 * development set this halved the unrelated alerts (6 to 3 of 7,451 complaints) and warned the same
 * recalls (see {@code docs/benchmarks.md}).
 *
 * <p>Contacts must come in {@code receivedAt} order. One instance per stream, fed by one thread.
 */
public final class SafetyWatch {

    private final EarlyWarningDetector bursts;
    private final RiseDetector rises;
    private final RiseDetector categoryRises;
    private final EmergingTermDetector terms;
    private final Set<String> severeContacts = new HashSet<>();
    /** Per product, the alert it has open: new signals within {@link #CONSOLIDATION_DAYS} grow it. */
    private final Map<String, Open> open = new HashMap<>();

    /**
     * How long a raised alert absorbs the product's new signals: half a year, so that a product with
     * a lasting problem is raised again about twice a year (a reminder with fresh evidence), never
     * once a week; well inside the year a warning is worth before a recall.
     */
    public static final int CONSOLIDATION_DAYS = 180;

    public SafetyWatch(DetectorSettings burstSettings, RiseSettings riseSettings, EmergingTermDetector terms) {
        this.bursts = new EarlyWarningDetector(burstSettings);
        this.rises = new RiseDetector(riseSettings);
        // The categories are seven more tests of the same product and day: Bonferroni keeps the family's level.
        this.categoryRises =
                new RiseDetector(riseSettings.withAlpha(riseSettings.alpha() / HazardCategory.values().length));
        this.terms = terms;
    }

    /** The production settings. */
    public static SafetyWatch withDefaults() {
        return new SafetyWatch(
                DetectorSettings.defaults(), RiseSettings.defaults(), EmergingTermDetector.withDefaults());
    }

    /** The burst detector, e.g. to tell it the patterns supervisors dismissed. */
    public EarlyWarningDetector bursts() {
        return bursts;
    }

    /** Counts one contact; returns the alerts it starts and the running alerts it grows. */
    public List<SafetySignal> accept(ObservedContact contact) {
        List<SafetySignal> signals = detect(contact);
        if (signals.isEmpty()) {
            return signals;
        }
        long day = LocalDate.ofInstant(contact.receivedAt(), ZoneOffset.UTC).toEpochDay();
        List<SafetySignal> consolidated = new ArrayList<>(signals.size());
        for (SafetySignal signal : signals) {
            Open current = open.get(signal.productCode());
            boolean absorbed = current != null
                    && day - current.raisedDay() <= CONSOLIDATION_DAYS
                    && !anotherHazardBursts(signal, current);
            if (signal.isNew() && !absorbed) {
                open.put(signal.productCode(), new Open(signal.topic(), signal.windowStart(), day));
                consolidated.add(signal);
            } else if (current != null) {
                consolidated.add(grown(signal, current));
            } else {
                consolidated.add(signal);
            }
        }
        return consolidated;
    }

    /**
     * The signal as growth of the product's open alert: that alert's topic and window start (so the
     * stored alert is found), this signal's counts, evidence and sentence.
     */
    private static SafetySignal grown(SafetySignal signal, Open current) {
        return new SafetySignal(
                signal.productCode(),
                current.topic(),
                signal.kind(),
                false,
                current.windowStart().isBefore(signal.windowStart()) ? current.windowStart() : signal.windowStart(),
                signal.windowEnd(),
                signal.observed(),
                signal.expected(),
                signal.pValue(),
                signal.raisedAt(),
                signal.contactIds(),
                signal.severe(),
                signal.why());
    }

    /**
     * A burst of another named hazard than the open alert's is a new problem, raised on its own: a power bank
     * watched for overheating that starts giving electric shocks needs its own alert and its own decision.
     * Slow rises and emerging terms, whose topics split one defect over several words and categories on real
     * narratives, keep growing the open alert.
     */
    private static boolean anotherHazardBursts(SafetySignal signal, Open current) {
        return signal.kind() == SafetySignal.Kind.BURST && !signal.topic().equals(current.topic());
    }

    private record Open(String topic, LocalDate windowStart, long raisedDay) {}

    private List<SafetySignal> detect(ObservedContact contact) {
        List<SafetySignal> signals = new ArrayList<>();
        if (contact.severe()) {
            severeContacts.add(contact.contactId());
        }
        long day = LocalDate.ofInstant(contact.receivedAt(), ZoneOffset.UTC).toEpochDay();
        if (contact.hazards().isEmpty() || !contact.negative()) {
            bursts.accept(new TaggedContact(
                    contact.contactId(),
                    contact.receivedAt(),
                    contact.productCode(),
                    HazardCategory.FIRE,
                    contact.consumerKey(),
                    false)); // moves the clock only
        }
        if (contact.negative()) {
            for (HazardCategory hazard : contact.hazards()) {
                bursts.accept(new TaggedContact(
                                contact.contactId(),
                                contact.receivedAt(),
                                contact.productCode(),
                                hazard,
                                contact.consumerKey(),
                                true))
                        .ifPresent(w -> signals.add(burst(w)));
            }
            if (!contact.hazards().isEmpty() || contact.severe()) {
                // A crash, fire, injury or death (the import's flags or the words) is hazard evidence even
                // where no category phrase matched: on the NHTSA development set it warned 3 more recalls.
                rises.observe(contact.productCode(), SafetySignal.ANY_HAZARD, day, contact.contactId())
                        .ifPresent(r -> signals.add(rise(r, contact)));
                for (HazardCategory hazard : contact.hazards()) {
                    categoryRises
                            .observe(contact.productCode(), hazard.wireName(), day, contact.contactId())
                            .ifPresent(r -> signals.add(rise(r, contact)));
                }
            }
            for (Emergence e : terms.observe(
                    contact.productCode(),
                    day,
                    contact.contactId(),
                    contact.text(),
                    contact.component(),
                    !contact.hazards().isEmpty() || contact.severe())) {
                signals.add(term(e, contact));
            }
        }
        return signals;
    }

    private SafetySignal burst(WarningSignal w) {
        return new SafetySignal(
                w.productCode(),
                w.hazard().wireName(),
                SafetySignal.Kind.BURST,
                true,
                w.windowStart(),
                w.windowEnd(),
                w.observed(),
                w.expected(),
                w.pValue(),
                w.raisedAt(),
                w.supportingContactIds(),
                severe(w.supportingContactIds()),
                String.format(
                        Locale.ROOT,
                        "%d consumers reported %s in %d days where about %.1f were expected.",
                        w.observed(),
                        w.hazard().wireName().replace('-', ' '),
                        w.windowDays(),
                        w.expected()));
    }

    private SafetySignal rise(RiseDetector.Rise r, ObservedContact contact) {
        int days = (int) (r.windowEnd() - r.windowStart() + 1);
        String what = SafetySignal.ANY_HAZARD.equals(r.topic())
                ? "hazard complaints"
                : r.topic().replace('-', ' ') + " complaints";
        return new SafetySignal(
                r.productCode(),
                r.topic(),
                SafetySignal.Kind.RISE,
                r.isNew(),
                LocalDate.ofEpochDay(r.windowStart()),
                LocalDate.ofEpochDay(r.windowEnd()),
                r.observed(),
                r.expected(),
                r.pValue(),
                contact.receivedAt(),
                r.contactIds(),
                severe(r.contactIds()),
                String.format(
                        Locale.ROOT,
                        "%d %s in %d days where the product's past half year makes about %.1f expected.",
                        r.observed(),
                        what,
                        days,
                        r.expected()));
    }

    private SafetySignal term(Emergence e, ObservedContact contact) {
        String component = ComponentTerms.component(e.term());
        String what =
                component == null ? "\"" + e.term() + "\" appeared in" : "The component " + component + " was named in";
        return new SafetySignal(
                e.productCode(),
                SafetySignal.TERM_PREFIX + e.term(),
                SafetySignal.Kind.EMERGING_TERM,
                e.isNew(),
                LocalDate.ofEpochDay(e.windowStart()),
                LocalDate.ofEpochDay(e.windowEnd()),
                e.observed(),
                e.expected(),
                e.pValue(),
                contact.receivedAt(),
                e.contactIds(),
                severe(e.contactIds()),
                String.format(
                        Locale.ROOT,
                        "%s %d complaints in %d days where this product's history "
                                + "and the other products make about %.1f expected.",
                        what,
                        e.observed(),
                        (int) (e.windowEnd() - e.windowStart() + 1),
                        e.expected()));
    }

    private int severe(List<String> contactIds) {
        int count = 0;
        for (String id : contactIds) {
            if (severeContacts.contains(id)) {
                count++;
            }
        }
        return count;
    }
}
