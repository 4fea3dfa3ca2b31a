package org.caredesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of an uploaded file served back: always a download, never shown
 * inline from the application's origin (a PDF/HTML polyglot would otherwise run there), with a file
 * name that cannot reorder itself (bidi controls such as U+202E turn "gpj.exe" into "exe.jpg" on
 * screen), break the header (quotes, CR, LF) or hide characters (other controls).
 */
public final class AttachmentDisposition {
    private AttachmentDisposition() {}

    public static String of(String fileName) {
        String clean = cleanName(fileName);
        String ascii =
                clean.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The name without control, format (bidi, zero-width) or line/paragraph separator characters. */
    public static String cleanName(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        return name.isEmpty() ? "attachment" : name;
    }
}
