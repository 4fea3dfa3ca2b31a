package org.caredesk.domain.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the alert page shows: the alert, its decisions, the contacts that support it with
 * their evidence, and the product's daily count for the alert's hazard around the window.
 */
public record AlertPage(
        AlertView alert,
        String resolutionNote,
        List<Decision> history,
        List<SupportingContact> contacts,
        List<DailyCount> days) {

    /** A supervisor's decision; {@code reason} may be empty for acknowledgements. */
    public record Decision(String status, String reason, String by, Instant at) {}

    /**
     * One supporting contact: its excerpt and the words that made it negative, hazardous and about
     * the product, so a supervisor sees why it counts.
     */
    public record SupportingContact(
            long id,
            Instant receivedAt,
            String channel,
            String caseNumber,
            String excerpt,
            String sentiment,
            String sentimentEvidence,
            List<String> hazardEvidence,
            List<String> productEvidence) {}

    /**
     * Distinct consumers who reported the hazard that day, against the daily rate the product's
     * baseline made expected in the alert window ({@code expected / window days}).
     */
    public record DailyCount(LocalDate day, int consumers, double expected, boolean inWindow) {}
}
