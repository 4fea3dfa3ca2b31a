package org.caredesk.domain.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An alert as the API and the console show it; {@code evidence} holds the supporting contacts' ids;
 * {@code kind} is burst, rise or emerging-term, {@code severe} counts the evidence that tells of
 * fire, a crash, an injury or a death, {@code why} says in one sentence why it fired;
 * {@code ownedUnits} counts the registered units of the product and {@code perThousandOwned} the
 * supporting contacts per 1,000 of them (null when no unit is registered).
 */
public record AlertView(
        long id,
        String product,
        String productCode,
        String hazard,
        String status,
        Instant raisedAt,
        LocalDate windowStart,
        LocalDate windowEnd,
        int observed,
        double expected,
        double pValue,
        List<Long> evidence,
        String kind,
        int severe,
        String why,
        long ownedUnits,
        Double perThousandOwned) {

    static AlertView of(Alert alert) {
        return of(alert, 0);
    }

    static AlertView of(Alert alert, long ownedUnits) {
        Double rate = ownedUnits > 0 ? Math.round(10_000.0 * alert.getEvidence().size() / ownedUnits) / 10.0 : null;
        return new AlertView(
                alert.getId(),
                alert.getProduct().getName(),
                alert.getProduct().getCode(),
                alert.getHazard(),
                alert.getStatus().name().toLowerCase(Locale.ROOT),
                alert.getRaisedAt(),
                alert.getWindowStart(),
                alert.getWindowEnd(),
                alert.getObserved(),
                alert.getExpected(),
                alert.getPValue(),
                alert.getEvidence(),
                alert.getKind(),
                alert.getSevere(),
                alert.getWhy(),
                ownedUnits,
                rate);
    }

    /** Days from the window's start to its end, both counted. */
    public long windowDays() {
        return windowEnd.toEpochDay() - windowStart.toEpochDay() + 1;
    }

    /**
     * The expected count to one decimal, for the one-sentence why: a number, so the page writes it the
     * way its language does ("2,3" in Italian, "2" rather than "2.0").
     */
    public double expectedRounded() {
        return Math.round(expected * 10) / 10.0;
    }
}
