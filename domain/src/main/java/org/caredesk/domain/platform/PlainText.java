package org.caredesk.domain.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Text as CareDesk stores it: well-formed Unicode without NUL or other control characters (tab and
 * line breaks apart). A NUL cuts strings short in C tools, PostgreSQL refuses it outright, an unpaired
 * surrogate cannot be encoded in UTF-8 at all (an export or an e-mail then fails far from the input),
 * and invalid UTF-8 used to become U+FFFD silently. The API refuses such text, naming the field; forms
 * clean it ({@link #cleaned}), since a person cannot see what they pasted.
 */
public final class PlainText {
    private PlainText() {}

    /** Why {@code text} may not be stored as it is, or empty when it may. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("contains a NUL character");
            }
            if (isControl(c)) {
                return Optional.of("contains a control character (U+" + String.format("%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return Optional.empty();
    }

    /** The text without NUL, control characters and unpaired surrogates, in Unicode normal form C. */
    public static String cleaned(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c != 0 && !isControl(c) && !Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /**
     * {@code text} with the C1 control characters that Windows-1252 text decoded as Latin-1 leaves behind
     * (U+0092 for a right quote, U+0080 for the euro sign, U+0099 for the trade mark sign) turned back into
     * the characters they stood for. Real exported histories are full of them; the five C1 codes that
     * Windows-1252 leaves undefined stay as they are (and are refused).
     */
    public static String withWindows1252Repaired(String text) {
        StringBuilder repaired = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char meant = c >= 0x80 && c <= 0x9F ? WINDOWS_1252_C1.charAt(c - 0x80) : 0;
            if (meant != 0 && meant != c) {
                if (repaired == null) {
                    repaired = new StringBuilder(text);
                }
                repaired.setCharAt(i, meant);
            }
        }
        return repaired == null ? text : repaired.toString();
    }

    /** Windows-1252's characters for the bytes 0x80..0x9F; the undefined ones map to themselves. */
    private static final String WINDOWS_1252_C1 =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                    + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /** The bytes as UTF-8, or empty when they are not valid UTF-8 (never a silent U+FFFD). */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
