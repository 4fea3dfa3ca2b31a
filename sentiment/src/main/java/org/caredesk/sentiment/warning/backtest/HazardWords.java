package org.caredesk.sentiment.warning.backtest;

import java.util.regex.Pattern;

/**
 * The backtest's own yardstick of a "hazard complaint": any of a fixed list of hazard words,
 * whatever the tagger says, so that what counts as detectable does not move when the detector
 * changes.
 */
public final class HazardWords {

    private static final Pattern WORDS = Pattern.compile(
            "\\b(?:fire|flames?|smok\\w*|burn\\w*|explo\\w*|shatter\\w*"
                    + "|overheat\\w*|shock\\w*|injur\\w*|cut|cuts|bleed\\w*|bled|blood\\w*|chok\\w*|melt\\w*|spark\\w*"
                    + "|crash\\w*|stall\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    private HazardWords() {}

    public static boolean in(String text) {
        return text != null && WORDS.matcher(text).find();
    }
}
