package org.caredesk.domain.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the sentiment dashboard shows. */
public final class SentimentFigures {
    private SentimentFigures() {}

    /** A product that has tagged contacts in the period, for the product selector. */
    public record ProductOption(String code, String name, long contacts) {}

    /** Tagged consumer contacts in one ISO week (starting Monday), by sentiment label. */
    public record Week(LocalDate weekStart, int negative, int neutral, int positive) {
        public int total() {
            return negative + neutral + positive;
        }

        /** Negative contacts as a percentage of the week's contacts, 0 for an empty week. */
        public double negativePercent() {
            return total() == 0 ? 0 : 100.0 * negative / total();
        }
    }

    /**
     * A product's negative share in the last 7 days against the 4 weeks before them, in
     * percentage points ({@code shift = thisWeekPercent - earlierPercent}).
     */
    public record Shift(
            String productCode,
            String product,
            int thisWeekContacts,
            double thisWeekPercent,
            int earlierContacts,
            double earlierPercent,
            double shift) {}

    /** A recent negative contact with the words that made it negative or hazardous. */
    public record NegativeContact(
            long id,
            Instant receivedAt,
            String productCode,
            String product,
            String channel,
            String caseNumber,
            String excerpt,
            double score,
            String evidence,
            List<String> hazards) {}
}
