package org.caredesk.sentiment.polarity;

/**
 * What the valence rules make of a text.
 *
 * @param compound       the normalised sum of valences, in (-1, 1); 0 when no opinion word was found
 * @param positiveWords  opinion words counted positive (after negation)
 * @param negativeWords  opinion words counted negative (after negation)
 */
public record LexiconScore(double compound, int positiveWords, int negativeWords) {

    static final LexiconScore NONE = new LexiconScore(0, 0, 0);

    /** True when both sides have words: a mixed text ("great screen but the battery is awful"). */
    public boolean mixed() {
        return positiveWords > 0 && negativeWords > 0;
    }
}
