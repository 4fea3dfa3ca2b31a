package org.caredesk.sentiment.warning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One product and hazard's recent history: per day, the distinct consumers who complained and
 * their contact ids. Only the days the detector still needs are kept. Not thread-safe.
 */
final class DailyConsumers {

    private final TreeMap<Long, Map<String, List<String>>> days = new TreeMap<>();

    /** Records a contact; true when its consumer is new for that day. */
    boolean add(long day, String consumerKey, String contactId) {
        Map<String, List<String>> consumers = days.computeIfAbsent(day, d -> new LinkedHashMap<>());
        boolean first = !consumers.containsKey(consumerKey);
        consumers.computeIfAbsent(consumerKey, k -> new ArrayList<>(1)).add(contactId);
        return first;
    }

    /** Forgets the days before {@code firstKept}. */
    void forgetBefore(long firstKept) {
        days.headMap(firstKept).clear();
    }

    /** Distinct consumers over the days {@code from..to} (a consumer on several days counts once). */
    int distinctConsumers(long from, long to) {
        if (from == to) {
            Map<String, List<String>> day = days.get(from);
            return day == null ? 0 : day.size();
        }
        Set<String> consumers = new HashSet<>();
        for (Map<String, List<String>> day : days.subMap(from, true, to, true).values()) {
            consumers.addAll(day.keySet());
        }
        return consumers.size();
    }

    /** Sum over the days {@code from..to} of each day's distinct consumers: the baseline count. */
    long dailyConsumerSum(long from, long to) {
        long sum = 0;
        for (Map<String, List<String>> day : days.subMap(from, true, to, true).values()) {
            sum += day.size();
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
