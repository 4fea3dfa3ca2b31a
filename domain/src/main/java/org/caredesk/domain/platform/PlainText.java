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
