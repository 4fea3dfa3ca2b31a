package org.caredesk.domain.mail.inbound;

/**
 * What became of one mail: {@code caseNumber} it landed on (null when quarantined), whether it
 * opened that case, whether it was a duplicate already stored, whether it was answered.
 */
public record LandingOutcome(Kind kind, String caseNumber, boolean newCase, boolean answered, String reason) {
    public enum Kind {
        LANDED,
        DUPLICATE,
        QUARANTINED
    }

    static LandingOutcome duplicate() {
        return new LandingOutcome(Kind.DUPLICATE, null, false, false, null);
    }

    static LandingOutcome quarantined(String reason) {
        return new LandingOutcome(Kind.QUARANTINED, null, false, false, reason);
    }
}
