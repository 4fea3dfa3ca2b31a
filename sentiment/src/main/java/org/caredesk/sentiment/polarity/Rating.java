package org.caredesk.sentiment.polarity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A score given in so many words, "9 out of 10", "2/5", "10/10": the clearest opinion a text can
 * hold, and one no word list sees. Turned into a valence from -3 (nothing out of ten) to +3 (full marks).
 */
final class Rating {

    private static final Pattern RATING =
            Pattern.compile("(?<![\\d.,/])(\\d{1,2}(?:[.,]\\d)?)\\s*(?:/|out of|su|stars? out of)\\s*(10|5)(?![\\d/])");

    /** "I gave it a 9", "rate this film an 8": a mark with no scale is out of ten. */
    private static final Pattern GIVEN = Pattern.compile(
            "(?i)\\b(?:give|gave|giving|rate|rated|rating)\\s+(?:it|this|them|this \\w+|a|an)?\\s*(?:a\\s+|an\\s+)?(\\d{1,2})(?![\\d/.,]|\\s*(?:/|out of))");

    private Rating() {}

    /** The valence of the first rating in the text, 0 when there is none or it is not a rating. */
    static double valence(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return 0;
        }
        Matcher m = RATING.matcher(text);
        double value;
        double max;
        if (m.find()) {
            value = Double.parseDouble(m.group(1).replace(',', '.'));
            max = Double.parseDouble(m.group(2));
        } else {
            Matcher given = GIVEN.matcher(text);
            if (!given.find()) {
                return 0;
            }
            value = Double.parseDouble(given.group(1));
            max = 10;
        }
        if (value > max) {
            return 0; // "24/7", "12/5" are times and dates, not scores
        }
        return (value / max - 0.5) * 6;
    }
}
