package org.caredesk.sentiment.warning.simulation;

import java.time.LocalDate;
import org.caredesk.sentiment.hazard.HazardCategory;

/** A spike the generator planted: {@code multiplier} &times; {@code baselineRate} from first to last day. */
public record PlantedSpike(
        String productCode,
        HazardCategory hazard,
        LocalDate firstDay,
        LocalDate lastDay,
        double baselineRate,
        double multiplier) {

    public boolean covers(String product, HazardCategory category, LocalDate from, LocalDate to) {
        return productCode.equals(product) && hazard == category && !from.isAfter(lastDay) && !to.isBefore(firstDay);
    }
}
