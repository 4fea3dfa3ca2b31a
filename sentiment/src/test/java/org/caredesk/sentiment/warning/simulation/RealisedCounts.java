package org.caredesk.sentiment.warning.simulation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.TaggedContact;

/**
 * What a generated stream really holds: per product, hazard and day, the consumers who complained
 * for the first time (the generator never reuses a consumer after their 3-day repeat horizon, so
 * this is exactly the Poisson draw the generator made). Feed it the stream next to the detector,
 * then ask how many a planted spike produced, to tell a weak draw from a missed spike.
 */
final class RealisedCounts implements Consumer<TaggedContact> {

    private final Set<String> seen = new HashSet<>();
    private final Map<String, Map<Long, Integer>> perLine = new HashMap<>();

    @Override
    public void accept(TaggedContact contact) {
        if (contact.negative() && seen.add(contact.consumerKey())) {
            perLine.computeIfAbsent(key(contact.productCode(), contact.hazard()), k -> new HashMap<>())
                    .merge(
                            LocalDate.ofInstant(contact.receivedAt(), ZoneOffset.UTC)
                                    .toEpochDay(),
                            1,
                            Integer::sum);
        }
    }

    /** New complaining consumers on the spike's first {@code days} days. */
    int firstDays(PlantedSpike spike, int days) {
        Map<Long, Integer> counts = perLine.getOrDefault(key(spike.productCode(), spike.hazard()), Map.of());
        int sum = 0;
        for (long d = spike.firstDay().toEpochDay(); d < spike.firstDay().toEpochDay() + days; d++) {
            sum += counts.getOrDefault(d, 0);
        }
        return sum;
    }

    private static String key(String product, HazardCategory hazard) {
        return product + '/' + hazard;
    }
}
