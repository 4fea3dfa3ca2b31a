package org.caredesk.sentiment.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caredesk.sentiment.hazard.HazardCategory;

/**
 * Raises an early warning when a product gets significantly more negative complaints about one
 * hazard than its own recent past makes expected.
 *
 * <p>For each negative contact, on its day {@code d} and for each window of {@code w} days ending
 * on {@code d}: observed = consumers in the window; baseline = consumers over the
 * {@code L = baselineDays} days before the window (fewer when the stream is younger; at least
 * {@code minDailyRate} a day), skipping the days of earlier raised alerts so that one spike does not
 * hide the next (see {@link DetectorSettings#excludedDaysPerAlert}); expected = {@code w} &times;
 * baseline / L. Both count a consumer once however often they write within the longest window (see
 * {@link DailyConsumers}). The window is significant when at least {@code minConsumers} consumers
 * are observed and the one-sided test gives p below its share of {@code alpha} (see
 * {@link DetectorSettings#alphaFor}). Nothing is tested in the stream's first {@code longestWindow}
 * days, when every product's baseline would be a day or two.
 *
 * <p>Why Poisson: complaints arrive independently from many consumers, each rarely, which is the
 * Poisson law, and its exact tail stays honest at the small counts that matter here. The default
 * test is the exact conditional (two-sample) Poisson test, which also accounts for the noise of the
 * baseline; treating the baseline mean as the true rate alerted about four times as often for the
 * same detections on the synthetic streams (see {@code docs/benchmarks.md}). Splitting alpha over
 * the windows (Bonferroni) keeps the family's level at or below alpha whatever the windows'
 * correlation; as they are strongly correlated the real rate is lower, which is why alpha itself was
 * chosen from the measured false-alert rate rather than from a target per test. Counting consumers, not messages, keeps one
 * angry consumer from making a spike.
 *
 * <p>A significant window raises one {@link WarningSignal} per episode: while windows keep being
 * significant (gaps of at most {@code episodeGapDays}) nothing new is raised. A window overlapping
 * one the supervisor dismissed is not raised either, and continues that dismissed episode.
 *
 * <p>Contacts must be fed in {@code receivedAt} order (history is replayed as if live). One
 * instance per stream, fed by one thread; no static state.
 */
public final class EarlyWarningDetector {

    private static final long NONE = Long.MIN_VALUE;
    /** The most days of counts the baseline floor stands for (see {@link #test}). */
    static final int FLOOR_DAYS = 28;

    private final DetectorSettings settings;
    private final Map<ProductHazard, State> states = new HashMap<>();
    private final Map<ProductHazard, List<long[]>> dismissed = new HashMap<>();
    private Instant lastReceivedAt;
    private long firstDay = NONE;

    public EarlyWarningDetector(DetectorSettings settings) {
        this.settings = settings;
    }

    public EarlyWarningDetector() {
        this(DetectorSettings.defaults());
    }

    /**
     * Counts one contact and returns the alert it completes, if any. Non-negative contacts only
     * move the clock (they start the stream's history but are not counted).
     *
     * @throws IllegalArgumentException if the contact is older than the previous one
     */
    public Optional<WarningSignal> accept(TaggedContact contact) {
        if (lastReceivedAt != null && contact.receivedAt().isBefore(lastReceivedAt)) {
            throw new IllegalArgumentException("Contacts must arrive in receivedAt order: " + contact.contactId()
                    + " at " + contact.receivedAt() + " after " + lastReceivedAt);
        }
        lastReceivedAt = contact.receivedAt();
        long day = LocalDate.ofInstant(contact.receivedAt(), settings.zone()).toEpochDay();
        if (firstDay == NONE) {
            firstDay = day;
        }
        if (!contact.negative()) {
            return Optional.empty();
        }
        ProductHazard key = new ProductHazard(contact.productCode(), contact.hazard());
        State state = states.computeIfAbsent(key, k -> new State(settings.longestWindow()));
        boolean newConsumer = state.history.add(day, contact.consumerKey(), contact.contactId());
        long keep = day - 2L * settings.baselineDays() - 2L * settings.longestWindow();
        state.history.forgetBefore(keep);
        state.excluded.removeIf(range -> range[1] < keep);
        if (!newConsumer) {
            return Optional.empty(); // a repeat from a recent consumer changes no count
        }
        if (day - firstDay < settings.longestWindow()) {
            // The stream's first days: every product would be compared with a baseline of a day or
            // two (or the floor), so the busiest products alerted on day one of any history.
            return Optional.empty();
        }
        return evaluate(key, state, day, contact.receivedAt());
    }

    /**
     * The supervisor dismissed this pattern: no alert for a window of this product and hazard that
     * overlaps {@code from..to}, and an episode running into it is not raised again.
     */
    public void dismiss(String productCode, HazardCategory hazard, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Window ends before it starts: " + from + ".." + to);
        }
        dismissed
                .computeIfAbsent(new ProductHazard(productCode, hazard), k -> new ArrayList<>())
                .add(new long[] {from.toEpochDay(), to.toEpochDay()});
    }

    public void dismiss(WarningSignal signal) {
        dismiss(signal.productCode(), signal.hazard(), signal.windowStart(), signal.windowEnd());
    }

    private Optional<WarningSignal> evaluate(ProductHazard key, State state, long day, Instant now) {
        Candidate best = null;
        for (int w : settings.windowDays()) {
            Candidate candidate = test(state, day - w + 1, day);
            if (candidate != null && (best == null || candidate.pValue < best.pValue)) {
                best = candidate;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        boolean sameEpisode = state.episodeLastDay != NONE && day - state.episodeLastDay <= settings.episodeGapDays();
        state.episodeLastDay = day;
        if (sameEpisode) {
            state.extendExcluded(day, settings.excludedDaysPerAlert());
            return Optional.empty();
        }
        state.raisedEpisode = null;
        if (isDismissed(key, best.from, best.to)) {
            return Optional.empty(); // a dismissed pattern is normal: its days stay in the baseline
        }
        if (settings.excludedDaysPerAlert() > 0) {
            state.raisedEpisode =
                    new long[] {best.from, Math.min(day, best.from + settings.excludedDaysPerAlert() - 1)};
            state.excluded.add(state.raisedEpisode);
        }
        return Optional.of(new WarningSignal(
                key.productCode(),
                key.hazard(),
                LocalDate.ofEpochDay(best.from),
                LocalDate.ofEpochDay(best.to),
                best.observed,
                best.expected,
                best.pValue,
                now,
                state.history.contactIds(best.from, best.to)));
    }

    /** The window {@code from..to} if it is significant, else null. */
    private Candidate test(State state, long from, long to) {
        int observed = (int) state.history.newConsumers(from, to);
        if (observed < settings.minConsumers()) {
            return null;
        }
        DailyConsumers.Baseline past = state.history.baseline(from, settings.baselineDays(), firstDay, state.excluded);
        long days = Math.max(1, past.days());
        long baseline = past.consumers();
        if (baseline < Math.ceil(settings.minDailyRate() * days)) {
            // The floor is an assumption, not a count: it weighs no more than FLOOR_DAYS days of
            // counts, so a longer baseline does not make a guessed rate look better known.
            days = Math.min(days, FLOOR_DAYS);
            baseline = (long) Math.ceil(settings.minDailyRate() * days);
        }
        int window = (int) (to - from + 1);
        double expected = (double) baseline * window / days;
        if (observed <= expected) {
            return null;
        }
        double p =
                switch (settings.test()) {
                    case POISSON_KNOWN_RATE -> PoissonTail.atLeast(observed, expected);
                    case CONDITIONAL_POISSON ->
                        BinomialTail.atLeast(observed, observed + (int) baseline, (double) window / (window + days));
                };
        return p < settings.alphaFor(window) ? new Candidate(from, to, observed, expected, p) : null;
    }

    private boolean isDismissed(ProductHazard key, long from, long to) {
        for (long[] window : dismissed.getOrDefault(key, List.of())) {
            if (from <= window[1] && window[0] <= to) {
                return true;
            }
        }
        return false;
    }

    private static final class State {
        final DailyConsumers history;
        /** Day ranges {@code [first, last]} of raised alerts, left out of baselines. */
        final List<long[]> excluded = new ArrayList<>();

        long episodeLastDay = NONE;
        /** The excluded range of the running episode when it was raised (not dismissed); else null. */
        long[] raisedEpisode;

        State(int repeatDays) {
            history = new DailyConsumers(repeatDays);
        }

        void extendExcluded(long day, int maxDays) {
            if (raisedEpisode != null) {
                raisedEpisode[1] = Math.min(day, raisedEpisode[0] + maxDays - 1);
            }
        }
    }

    private record Candidate(long from, long to, int observed, double expected, double pValue) {}
}
