package org.caredesk.domain.correction;

import java.time.Instant;

/** A correction as the console and the API show it. */
public record CorrectionView(
        long id, String kind, String value, String previousValue, String correctedBy, Instant correctedAt) {

    static CorrectionView of(TagCorrection c) {
        return new CorrectionView(
                c.getId(),
                c.getKind().wireName(),
                c.getValue(),
                c.getPreviousValue(),
                c.getCorrectedBy(),
                c.getCorrectedAt());
    }
}
