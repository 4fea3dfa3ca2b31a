package org.caredesk.sentiment.warning;

import java.util.regex.Pattern;

/**
 * Whether a complaint's words tell of fire, a crash, an injury or a death: what makes one alert more
 * urgent than another with the same count. Importers may also say so with flags.
 */
public final class SeverityWords {

    private static final Pattern SEVERE = Pattern.compile(
            "\\b(?:fire|flames?|caught fire|burn(?:ed|t|s|ing)?|crash\\w*"
                    + "|collision|collided|accident|injur\\w*|hospital\\w*|died|dead|death|killed|fatal\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    private SeverityWords() {}

    public static boolean in(String text) {
        return text != null && SEVERE.matcher(text).find();
    }
}
