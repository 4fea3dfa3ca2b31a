package org.caredesk.sentiment.warning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds slow rises: a product (and topic: all hazard-bearing contacts, or one hazard category)
 * whose count over the last 7 to 28 days is significantly above what its own trailing half year makes
 * expected. The test is the exact conditional Poisson test (window and baseline counts at one rate;
 * given their total, the window's share is binomial), so a baseline of a few contacts is treated
 * as the noisy estimate it is and needs no floor. The baseline starts no earlier than the product's
 * first counted contact: the months before a product existed say nothing about its normal rate. One alert per episode: while contacts keep coming
 * within {@link RiseSettings#episodeGapDays()} of the last significant day, they join the running
 * alert, which grows.
 *
 * <p>Counts are kept per day as running totals ({@link DaySeries}), so each test costs the same
 * whatever the history's length. Days are epoch days; contacts of one key must come in day order
 * (an earlier day is counted but never tested). Not thread-safe.
 */
public final class RiseDetector {

    /** The most supporting contacts an alert carries. */
    public static final int MAX_EVIDENCE = 500;

    private final RiseSettings settings;
    private final Map<String, Topic> topics = new HashMap<>();
    /** The day each product was first heard of: before it, a zero is no evidence of a normal rate. */
    private final Map<String, Long> productFirstDay = new HashMap<>();

    private long nextPruneDay = Long.MIN_VALUE;

    public RiseDetector(RiseSettings settings) {
        this.settings = settings;
    }

    /** The signal this contact starts or grows, if any. */
    public Optional<Rise> observe(String productCode, String topic, long day, String contactId) {
        long firstDay = productFirstDay.merge(productCode, day, Math::min);
        if (day >= nextPruneDay) {
            // Counts older than any window and baseline are never read again; topics left with none go.
            long horizon = day - settings.longestWindow() - settings.baselineDays();
            topics.values().removeIf(kept -> {
                kept.counts.forgetBefore(horizon);
                return kept.counts.isEmpty();
            });
            nextPruneDay = day + 7;
        }
        Topic state = topics.computeIfAbsent(productCode + '\u0000' + topic, k -> new Topic());
        state.counts.add(day, 1);
        state.recent.addLast(new Entry(day, contactId));
        while (state.recent.peekFirst().day() < day - settings.longestWindow() + 1) {
            state.recent.removeFirst();
        }
        Window best = bestWindow(state, day, firstDay);
        Episode episode = state.episode;
        if (episode != null && day - episode.lastSignificantDay <= settings.episodeGapDays()) {
            episode.addContact(contactId);
            if (best != null) {
                episode.lastSignificantDay = day;
                episode.strongest = best.p < episode.strongest.p ? best : episode.strongest;
            }
            return Optional.of(rise(productCode, topic, episode, false, best));
        }
        if (best == null) {
            return Optional.empty();
        }
        episode = new Episode(best, day);
        for (Entry entry : state.recent) {
            if (entry.day() >= best.from) {
                episode.addContact(entry.contactId());
            }
        }
        state.episode = episode;
        return Optional.of(rise(productCode, topic, episode, true, best));
    }

    private Window bestWindow(Topic state, long day, long firstDay) {
        Window best = null;
        for (int w : settings.windowDays()) {
            long from = day - w + 1;
            long baselineFrom = Math.max(firstDay, from - settings.baselineDays());
            long baselineDays = from - baselineFrom;
            if (baselineDays < settings.minBaselineDays()) {
                continue;
            }
            int observed = state.counts.sum(from, day);
            if (observed < settings.minCount()) {
                continue;
            }
            int baseline = state.counts.sum(baselineFrom, from - 1);
            double expected = (double) baseline * w / baselineDays;
            if (observed <= expected) {
                continue;
            }
            double p = BinomialTail.atLeast(observed, observed + baseline, (double) w / (w + baselineDays));
            if (p < settings.alphaPerWindow() && (best == null || p < best.p)) {
                best = new Window(from, day, observed, expected, p);
            }
        }
        return best;
    }

    private static Rise rise(String productCode, String topic, Episode episode, boolean isNew, Window now) {
        Window shown = now != null ? now : episode.strongest;
        return new Rise(
                productCode,
                topic,
                isNew,
                episode.firstDay,
                shown.from,
                shown.to,
                shown.observed,
                shown.expected,
                episode.strongest.p,
                List.copyOf(episode.contactIds));
    }

    /**
     * A rise found or grown.
     *
     * @param isNew        true for the contact that started the episode (a new alert), false when it grew
     * @param episodeStart the day the episode's first significant window ended
     * @param contactIds   every contact of the episode so far, oldest first
     */
    public record Rise(
            String productCode,
            String topic,
            boolean isNew,
            long episodeStart,
            long windowStart,
            long windowEnd,
            int observed,
            double expected,
            double pValue,
            List<String> contactIds) {}

    private record Entry(long day, String contactId) {}

    private record Window(long from, long to, int observed, double expected, double p) {}

    private static final class Topic {
        final DaySeries counts = new DaySeries();
        final Deque<Entry> recent = new ArrayDeque<>();
        Episode episode;
    }

    private static final class Episode {
        final long firstDay;
        long lastSignificantDay;
        Window strongest;
        final List<String> contactIds = new ArrayList<>();

        /** A months-long episode keeps its first contacts as evidence; the counts say how many there were. */
        void addContact(String contactId) {
            if (contactIds.size() < MAX_EVIDENCE) {
                contactIds.add(contactId);
            }
        }

        Episode(Window window, long day) {
            this.strongest = window;
            this.firstDay = day;
            this.lastSignificantDay = day;
        }
    }
}
