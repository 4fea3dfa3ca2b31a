package org.caredesk.domain.mail.inbound;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Turns a text part's bytes into a string whatever its mail client declared: the JDK's charsets by
 * name or alias, the names mail clients use that the JDK spells otherwise, UTF-7 (which the JDK
 * lacks), and for a missing or unknown charset UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 * ISO-8859-1 is read as Windows-1252, its superset, as browsers do: Outlook's curly quotes survive.
 */
final class MailCharsets {
    private MailCharsets() {}

    static String decode(byte[] bytes, String declared) {
        String name = declared == null ? "" : declared.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        switch (name) {
            case "utf-7", "unicode-1-1-utf-7", "x-unicode-2-0-utf-7" -> {
                return utf7(new String(bytes, StandardCharsets.US_ASCII));
            }
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "ansi_x3.4-1968" -> {
                return validUtf8(bytes) && !"iso-8859-1".equals(name)
                        ? new String(bytes, StandardCharsets.UTF_8)
                        : new String(bytes, Charset.forName("windows-1252"));
            }
            case "ks_c_5601-1987", "ks_c_5601", "ksc5601" -> {
                return new String(bytes, Charset.forName("x-windows-949"));
            }
            case "utf8" -> {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            default -> {}
        }
        if (!name.isEmpty()) {
            try {
                String text = new String(bytes, Charset.forName(name));
                // A mail that declares one charset and was re-encoded as UTF-8 on its way (it happens)
                // reads as UTF-8 rather than with replacement characters.
                return text.indexOf('\uFFFD') >= 0 && validUtf8(bytes)
                        ? new String(bytes, StandardCharsets.UTF_8)
                        : text;
            } catch (IllegalArgumentException unknown) {
                // fall through to a guess
            }
        }
        return validUtf8(bytes)
                ? new String(bytes, StandardCharsets.UTF_8)
                : new String(bytes, Charset.forName("windows-1252"));
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** RFC 2152: runs of "+base64-" carry UTF-16 code units; "+-" is a plus sign. */
    static String utf7(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isBase64(text.charAt(end))) {
                end++;
            }
            if (end == i + 1) {
                out.append('+');
            } else {
                String run = text.substring(i + 1, end);
                int rem = run.length() % 4;
                if (rem == 1) {
                    run = run.substring(0, run.length() - 1);
                }
                byte[] utf16 = Base64.getDecoder().decode(run + (rem == 2 ? "==" : rem == 3 ? "=" : ""));
                out.append(new String(utf16, 0, utf16.length - utf16.length % 2, StandardCharsets.UTF_16BE));
            }
            i = end < text.length() && text.charAt(end) == '-' ? end + 1 : end;
        }
        return out.toString();
    }

    private static boolean isBase64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
