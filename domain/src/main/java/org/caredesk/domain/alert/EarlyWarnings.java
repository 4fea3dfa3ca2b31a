package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.SafetySignal;
import org.caredesk.sentiment.watch.SafetyWatch;

/**
 * Runs the early-warning watch over the contact history and turns its signals into alerts.
 *
 * <p>The watch keeps its per-product daily counts (and term counts) in memory, so a scan feeds it
 * only the contacts stored since the last one: the first scan after start-up rebuilds the counts
 * from the database, later ones cost what arrived. Imported history usually lies before what the
 * watch has already seen; then the watch is rebuilt from the whole history in {@code receivedAt}
 * order, so imported history counts exactly as if it had arrived live, by the import request or, when
 * rebuilds come too often, once by the next scheduled scan ({@link #scanArrivals()}). Why a replayed real history
 * used to raise nothing: the scan fed only hazard-tagged contacts to the burst detector, whose
 * windows (one to seven days) and floor (at least 0.2 complaints a day) never see one or two
 * complaints a week, split over several categories. Alerts already raised grow instead of being
 * raised again; a dismissed pattern is not raised again, neither in a later window of its episode nor
 * under another topic over the same complaints (see {@link AlertWriter}).
 */
@ApplicationScoped
public class EarlyWarnings {
    private static final Logger LOG = Logger.getLogger(EarlyWarnings.class.getName());
    private static final int PAGE = 5_000;
    /** An import request rebuilds only this many rebuild durations after the last rebuild ended. */
    static final int REBUILD_SPACING = 10;
    /** A replay of the whole history (the first scan after a start) is worth a log line; a minute's contacts are not. */
    private static final int REPLAY_WORTH_LOGGING = 1_000;

    private final WarningInputs inputs;
    private final AlertWriter writer;
    private SafetyWatch watch;
    private long lastContactId;
    private Instant clock;
    /** Older history was stored since the watch was built: the next scheduled scan rebuilds it. */
    private boolean rebuildDue;

    private final LongSupplier nanoTime;
    private long lastRebuildEnded;
    private long lastRebuildTook;

    protected EarlyWarnings() {
        this(null, null);
    }

    @Inject
    public EarlyWarnings(WarningInputs inputs, AlertWriter writer) {
        this(inputs, writer, System::nanoTime);
    }

    /** For tests: {@code nanoTime} times the rebuilds. */
    EarlyWarnings(WarningInputs inputs, AlertWriter writer, LongSupplier nanoTime) {
        this.inputs = inputs;
        this.writer = writer;
        this.nanoTime = nanoTime;
    }

    /**
     * For an import request: feeds the contacts stored since the last scan when they continue the
     * watch's history. History from before the watch's day needs a rebuild from the whole stored
     * history; the request does it only when the last rebuild ended at least {@link #REBUILD_SPACING}
     * times its own duration ago (a small history, or an import after a pause, gets its alerts in the
     * answer), else it leaves it to the next {@link #scan()} (the scheduled one). So re-reading the
     * history costs an import in many requests at most about a tenth of its time, not one full read
     * per request.
     */
    public synchronized List<AlertView> scanArrivals() {
        return scan(nanoTime.getAsLong() - lastRebuildEnded >= REBUILD_SPACING * lastRebuildTook);
    }

    /** Feeds the contacts stored since the last scan (rebuilding the watch when due) and returns the alerts raised now. */
    public synchronized List<AlertView> scan() {
        return scan(true);
    }

    private List<AlertView> scan(boolean mayRebuild) {
        if (watch == null || rebuildDue) {
            if (!mayRebuild) {
                rebuildDue = true;
                return List.of();
            }
            return rebuild();
        }
        List<ObservedContact> fresh = since(lastContactId);
        if (clock != null && fresh.stream().anyMatch(c -> day(c.receivedAt()) < day(clock))) {
            // History from before the watch's day: rebuild, so it counts as if it had arrived live.
            if (!mayRebuild) {
                rebuildDue = true;
                return List.of();
            }
            return rebuild();
        }
        return feed(fresh);
    }

    /** Counts the whole stored history afresh, timing it (reading and counting). */
    private List<AlertView> rebuild() {
        long started = nanoTime.getAsLong();
        watch = newWatch();
        clock = null;
        rebuildDue = false;
        lastContactId = 0;
        List<AlertView> raised = feed(since(0));
        lastRebuildEnded = nanoTime.getAsLong();
        lastRebuildTook = lastRebuildEnded - started;
        return raised;
    }

    private List<AlertView> feed(List<ObservedContact> fresh) {
        long began = System.nanoTime();
        fresh.sort(Comparator.comparing(ObservedContact::receivedAt).thenComparing(c -> Long.parseLong(c.contactId())));
        List<AlertView> raised = new ArrayList<>();
        // A running alert grows with nearly every contact of its product: written once per contact, 2,000 alike
        // complaints cost 8,000 transactions, each reading the alert and its evidence. Growth is kept per alert
        // until the scan ends (or the product raises a new alert) and written once, merged.
        Map<String, SafetySignal> growing = new LinkedHashMap<>();
        for (ObservedContact contact : fresh) {
            if (clock != null && contact.receivedAt().isBefore(clock)) {
                // Committed a moment late on the same day (another instance): counted on its day.
                contact = contact.at(clock);
            }
            clock = contact.receivedAt();
            for (SafetySignal signal : watch.accept(contact)) {
                if (signal.isNew()) {
                    applyGrowth(growing, signal.productCode(), raised);
                    apply(signal, raised);
                } else {
                    growing.merge(
                            signal.productCode() + '\u0000' + signal.topic() + '\u0000' + signal.windowStart(),
                            signal,
                            EarlyWarnings::merged);
                }
            }
        }
        applyGrowth(growing, null, raised);
        if (!raised.isEmpty()) {
            LOG.info(() -> "Early warnings: " + raised.size() + " new alerts");
        }
        int scanned = fresh.size();
        long millis = (System.nanoTime() - began) / 1_000_000;
        LOG.log(
                scanned >= REPLAY_WORTH_LOGGING ? Level.INFO : Level.FINE,
                () -> String.format("Early-warning scan: %,d contacts in %,d ms", scanned, millis));
        return raised;
    }

    /** Writes the kept growth of {@code product}'s alerts (of every product when null), in the order it came. */
    private void applyGrowth(Map<String, SafetySignal> growing, String product, List<AlertView> raised) {
        for (var it = growing.values().iterator(); it.hasNext(); ) {
            SafetySignal signal = it.next();
            if (product == null || signal.productCode().equals(product)) {
                it.remove();
                apply(signal, raised);
            }
        }
    }

    /**
     * Two growths of one alert as one: what {@link Alert#grow} makes of them in turn (latest window end, most
     * observed, lowest p, most severe, the evidence of both in order) with the later one's expectation and sentence.
     */
    static SafetySignal merged(SafetySignal earlier, SafetySignal later) {
        List<String> before = earlier.contactIds();
        List<String> after = later.contactIds();
        // A running alert's evidence usually grows by appending: then the later list is the union already.
        List<String> evidence =
                after.size() >= before.size() && after.subList(0, before.size()).equals(before)
                        ? after
                        : List.copyOf(union(before, after));
        return new SafetySignal(
                later.productCode(),
                later.topic(),
                later.kind(),
                false,
                later.windowStart(),
                later.windowEnd().isAfter(earlier.windowEnd()) ? later.windowEnd() : earlier.windowEnd(),
                Math.max(earlier.observed(), later.observed()),
                later.expected(),
                Math.min(earlier.pValue(), later.pValue()),
                later.raisedAt(),
                evidence,
                Math.max(earlier.severe(), later.severe()),
                later.why());
    }

    private static Set<String> union(List<String> before, List<String> after) {
        Set<String> union = new LinkedHashSet<>(before);
        union.addAll(after);
        return union;
    }

    private static long day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay();
    }

    private List<ObservedContact> since(long afterId) {
        List<ObservedContact> all = new ArrayList<>();
        long top = inputs.lastContactId();
        for (long last = afterId; last < top; ) {
            WarningInputs.Page page = inputs.negativeContacts(last, top, PAGE);
            if (page.empty()) {
                break;
            }
            all.addAll(page.contacts());
            last = page.lastId();
        }
        lastContactId = Math.max(lastContactId, top);
        return all;
    }

    private SafetyWatch newWatch() {
        SafetyWatch fresh = SafetyWatch.withDefaults();
        for (Alert dismissed : inputs.dismissed()) {
            WarningInputs.category(dismissed.getHazard()).ifPresent(category -> fresh.bursts()
                    .dismiss(
                            dismissed.getProduct().getCode(),
                            category,
                            dismissed.getWindowStart(),
                            dismissed.getWindowEnd()));
        }
        return fresh;
    }

    private void apply(SafetySignal signal, List<AlertView> raised) {
        try {
            writer.apply(signal)
                    .filter(AlertWriter.Change::raised)
                    .map(AlertWriter.Change::alert)
                    .ifPresent(raised::add);
        } catch (PersistenceException e) {
            // Another instance stored the same alert (product, hazard, window start) a moment earlier.
            LOG.fine(() -> "Alert already stored by another instance: " + signal.productCode() + " " + signal.topic());
        }
    }
}
