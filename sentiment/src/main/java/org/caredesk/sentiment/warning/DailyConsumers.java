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

    /** @param repeatDays a consumer heard from within this many days before counts once */
    DailyConsumers(int repeatDays) {
        this.repeatDays = repeatDays;
    }

    /** Records a contact; true when its consumer is new (see the class comment), i.e. a count changed. */
    boolean add(long day, String consumerKey, String contactId) {
        boolean seen = false;
        for (Map<String, List<String>> earlier : days.subMap(day - repeatDays, true, day, true).values()) {
            if (earlier.containsKey(consumerKey)) {
                seen = true;
                break;
            }
        }
        days.computeIfAbsent(day, d -> new LinkedHashMap<>())
                .computeIfAbsent(consumerKey, k -> new ArrayList<>(1)).add(contactId);
        if (!seen) {
            newConsumers.merge(day, 1, Integer::sum);
        }
        return !seen;
    }

    /** Forgets the days before {@code firstKept}. */
    void forgetBefore(long firstKept) {
        days.headMap(firstKept).clear();
        newConsumers.headMap(firstKept).clear();
    }

    /** New consumers over the days {@code from..to}: the count a window or a baseline is measured in. */
    long newConsumers(long from, long to) {
        long sum = 0;
        for (int count : newConsumers.subMap(from, true, to, true).values()) {
            sum += count;
        }
        return sum;
    }

    /** Every contact of the days {@code from..to}, by day and then by consumer. */
    List<String> contactIds(long from, long to) {
        List<String> ids = new ArrayList<>();
        for (Map<String, List<String>> day : days.subMap(from, true, to, true).values()) {
            day.values().forEach(ids::addAll);
        }
        return ids;
    }
}
