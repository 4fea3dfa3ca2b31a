package org.caredesk.sentiment.polarity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A score given in so many words, "9 out of 10", "2/5", "10/10": the clearest opinion a text can
 * hold, and one no word list sees. Turned into a valence from -3 (nothing out of ten) to +3 (full marks).
 */
final class Rating {

    private static final Pattern RATING = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,2}(?:[.,]\\d)?)\\s*(?:/|out of|su|stars? out of)\\s*(10|5)(?![\\d/])");

    private Rating() {
    }

    /** The valence of the first rating in the text, 0 when there is none or it is not a rating. */
    static double valence(String text) {
        if (text.indexOf('/') < 0 && !text.contains(" out of ") && !text.contains(" su ")) {
            return 0;
        }
        Matcher m = RATING.matcher(text);
        if (!m.find()) {
            return 0;
        }
        double value = Double.parseDouble(m.group(1).replace(',', '.'));
        double max = Double.parseDouble(m.group(2));
        if (value > max) {
            return 0; // "24/7", "12/5" are times and dates, not scores
        }
        return (value / max - 0.5) * 6;
    }
}
