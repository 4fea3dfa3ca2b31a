package org.caredesk.sentiment.text;

/**
 * Makes any Java string safe for the models: null becomes empty, control characters and broken
 * surrogate pairs become spaces, and very long texts are cut. Consumers paste anything; the
 * pipeline must never throw or stall on it.
 */
public final class TextSanitizer {

    /** Enough for a long letter plus quoted history; beyond it we analyse the beginning only. */
    public static final int MAX_CHARS = 20_000;

    private TextSanitizer() {}

    public static String sanitize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int length = Math.min(text.length(), MAX_CHARS);
        if (length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
            length--; // do not cut an emoji in half
        }
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean replace = (Character.isISOControl(c) && c != '\n' && c != '\t')
                    || (Character.isHighSurrogate(c)
                            && (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (replace && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(replace ? ' ' : c);
            }
        }
        return out != null ? out.toString() : text.substring(0, length);
    }
}
