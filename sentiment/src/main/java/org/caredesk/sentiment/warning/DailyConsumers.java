package org.caredesk.sentiment.warning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One product and hazard's recent history: per day, the consumers who complained and their
 * contact ids, and how many of them were <em>new</em>: not heard from about this product and hazard
 * in the {@code repeatDays} days before (nor earlier that day). Windows and baselines both count new
 * consumers, so a consumer who writes again two days later counts once in either, and the two counts
 * are in the same unit (counting distinct consumers in the window but summing each day's distinct
 * consumers in the baseline made the baseline larger than the window's own measure whenever
 * consumers wrote on several days, which hid spikes). Only the days the detector still needs are
 * kept. Not thread-safe.
 */
final class DailyConsumers {

    private final int repeatDays;
    private final TreeMap<Long, Map<String, List<String>>> days = new TreeMap<>();
    private final TreeMap<Long, Integer> newConsumers = new TreeMap<>();
    private long keptFrom = Long.MIN_VALUE;

    /** @param repeatDays a consumer heard from within this many days before counts once */
    DailyConsumers(int repeatDays) {
        this.repeatDays = repeatDays;
    }

    /** Records a contact; true when its consumer is new (see the class comment), i.e. a count changed. */
    boolean add(long day, String consumerKey, String contactId) {
        boolean seen = false;
        for (Map<String, List<String>> earlier :
                days.subMap(day - repeatDays, true, day, true).values()) {
            if (earlier.containsKey(consumerKey)) {
                seen = true;
                break;
            }
        }
        days.computeIfAbsent(day, d -> new LinkedHashMap<>())
                .computeIfAbsent(consumerKey, k -> new ArrayList<>(1))
                .add(contactId);
        if (!seen) {
            newConsumers.merge(day, 1, Integer::sum);
        }
        return !seen;
    }

    /** Forgets the days before {@code firstKept}. */
    void forgetBefore(long firstKept) {
        keptFrom = Math.max(keptFrom, firstKept);
        days.headMap(firstKept).clear();
        newConsumers.headMap(firstKept).clear();
    }

    /** New consumers over the days {@code from..to}: the count a window or a baseline is measured in. */
    long newConsumers(long from, long to) {
        if (from > to) {
            return 0;
        }
        long sum = 0;
        for (int count : newConsumers.subMap(from, true, to, true).values()) {
            sum += count;
        }
        return sum;
    }

    /**
     * The baseline before a window starting on {@code from}: the new consumers of the {@code days}
     * most recent days before it that are not {@code excluded}, going back no further than
     * {@code firstDay} or the days still kept; with the number of days it really covers (fewer when
     * history is short). When history is too short to replace the excluded days (they would take
     * away more than half of the days available), nothing is excluded: a baseline made of the few
     * days left would be noise, and the alert would feed on itself.
     *
     * @param excluded day ranges {@code [first, last]} left out (the days of raised alerts)
     */
    Baseline baseline(long from, int days, long firstDay, List<long[]> excluded) {
        long earliest = Math.max(firstDay, keptFrom);
        long plainStart = Math.max(from - days, earliest);
        // Widen [start, from - 1] until it holds `days` days that are not excluded.
        long start = from - days;
        while (start > earliest) {
            long next = from - days - overlap(excluded, start, from - 1);
            if (next == start) {
                break;
            }
            start = next;
        }
        start = Math.max(start, earliest);
        long covered = from - start - overlap(excluded, start, from - 1);
        if (2 * covered < from - plainStart) {
            return new Baseline(newConsumers(plainStart, from - 1), (int) Math.max(0, from - plainStart));
        }
        long consumers = newConsumers(start, from - 1);
        for (long[] range : excluded) {
            consumers -= newConsumers(Math.max(range[0], start), Math.min(range[1], from - 1));
        }
        return new Baseline(consumers, (int) covered);
    }

    private static long overlap(List<long[]> ranges, long from, long to) {
        long days = 0;
        for (long[] range : ranges) {
            days += Math.max(0, Math.min(range[1], to) - Math.max(range[0], from) + 1);
        }
        return days;
    }

    /** A baseline's count of new consumers and the days it covers. */
    record Baseline(long consumers, int days) {}

    /** Every contact of the days {@code from..to}, by day and then by consumer. */
    List<String> contactIds(long from, long to) {
        List<String> ids = new ArrayList<>();
        for (Map<String, List<String>> day : days.subMap(from, true, to, true).values()) {
            day.values().forEach(ids::addAll);
        }
        return ids;
    }
}
