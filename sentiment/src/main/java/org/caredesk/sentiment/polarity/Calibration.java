package org.caredesk.sentiment.polarity;

import java.util.Locale;

/**
 * How a language's trained model and the valence rules are mixed, and where neutral ends.
 *
 * <p>The corpus is a few thousand lines written by the team; the rules carry what people mean by
 * words the corpus never used, so they lead and the model corrects them ({@code modelWeight}).
 * Scores within ±{@code neutralBand} are neutral: a text that leans only a little is mostly
 * factual (news-like sentences, questions). Both were calibrated on the public development sets
 * (docs/benchmarks.md, "Sentiment on real text"); the Italian model has learnt more of the
 * irony the Italian rules cannot see, so it weighs more.
 *
 * @param modelWeight share of the model's probabilities in the final ones, 0..1
 * @param neutralBand half-width of the neutral band on the final score, 0..1
 */
public record Calibration(double modelWeight, double neutralBand) {

    static final Calibration ENGLISH = new Calibration(0.2, 0.16);
    static final Calibration ITALIAN = new Calibration(0.35, 0.16);

    public Calibration {
        if (modelWeight < 0 || modelWeight > 1 || neutralBand < 0 || neutralBand >= 1) {
            throw new IllegalArgumentException("calibration out of range: " + modelWeight + ", " + neutralBand);
        }
    }

    /** By the model's language code ("en", "it"); English for anything else. */
    static Calibration forLanguage(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("it") ? ITALIAN : ENGLISH;
    }
}
