package org.caredesk.domain.kb.feedback;

/**
 * How one article does with consumers.
 *
 * @param shown     form sessions in which the case form suggested it
 * @param opened    form sessions in which it was opened from those suggestions
 * @param deflected of those, the ones that ended without a case
 */
public record ArticleFigure(
        long id,
        String title,
        String language,
        String status,
        long helpful,
        long notHelpful,
        long comments,
        long shown,
        long opened,
        long deflected) {

    /** Share of "yes" among the votes, 0..100, or -1 without votes. */
    public int helpfulPercent() {
        long votes = helpful + notHelpful;
        return votes == 0 ? -1 : (int) Math.round(100.0 * helpful / votes);
    }
}
