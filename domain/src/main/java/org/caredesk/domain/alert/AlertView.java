package org.caredesk.domain.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An alert as the API and the console show it; {@code evidence} holds the supporting contacts' ids;
 * {@code kind} is burst, rise or emerging-term, {@code severe} counts the evidence that tells of
 * fire, a crash, an injury or a death, {@code why} says in one sentence why it fired.
 */
public record AlertView(long id, String product, String productCode, String hazard, String status, Instant raisedAt,
                        LocalDate windowStart, LocalDate windowEnd, int observed, double expected, double pValue,
                        List<Long> evidence, String kind, int severe, String why) {

    static AlertView of(Alert alert) {
        return new AlertView(alert.getId(), alert.getProduct().getName(), alert.getProduct().getCode(), alert.getHazard(),
                alert.getStatus().name().toLowerCase(Locale.ROOT), alert.getRaisedAt(), alert.getWindowStart(),
                alert.getWindowEnd(), alert.getObserved(), alert.getExpected(), alert.getPValue(), alert.getEvidence(),
                alert.getKind(), alert.getSevere(), alert.getWhy());
    }
}
