package org.caredesk.domain.alert;

import java.util.Comparator;

/**
 * How the alert list is ordered. By severity (issue 14): first the alerts whose evidence tells of
 * fire, a crash, an injury or a death (by their words or the import's flags), most such contacts
 * first; then the strongest rise (observed against expected, the expected floored at one contact so
 * that a rise from nothing does not outrank everything); then the count; the newest first on a tie.
 */
public enum AlertOrder {
    NEWEST(Comparator.comparing(AlertView::raisedAt).reversed()),
    SEVERITY(Comparator.comparingInt(AlertView::severe)
            .reversed()
            .thenComparing(Comparator.comparingDouble(AlertOrder::rise).reversed())
            .thenComparing(Comparator.comparingInt(AlertView::observed).reversed())
            .thenComparing(Comparator.comparing(AlertView::raisedAt).reversed()));

    private final Comparator<AlertView> comparator;

    AlertOrder(Comparator<AlertView> comparator) {
        this.comparator = comparator;
    }

    public Comparator<AlertView> comparator() {
        return comparator;
    }

    private static double rise(AlertView alert) {
        return alert.observed() / Math.max(1.0, alert.expected());
    }
}
