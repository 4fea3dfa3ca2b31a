package org.caredesk.domain.mail.inbound;

import java.util.regex.Pattern;

/**
 * Folds away the quoted history below a reply (people answer above the quote): the case shows
 * what is new in each mail, the original keeps everything.
 */
final class QuotedHistory {
    private static final Pattern HISTORY_START = Pattern.compile("(?im)^(?:"
            + "On\\s.{1,200}?\\swrote:\\s*$" // Gmail, Apple Mail, Thunderbird (en)
            + "|Il giorno\\s.{1,200}?\\sha scritto:\\s*$" // Gmail (it)
            + "|.{1,120}\\sha scritto:\\s*$"
            + "|-{2,}\\s*(?:Original Message|Messaggio originale|Forwarded message|Messaggio inoltrato)\\s*-{2,}.*$"
            + "|_{10,}\\s*$" // Outlook's rule above the header block
            + "|(?:From|Da):\\s.+\\R(?:(?:Sent|Inviato|Date|Data):\\s.+\\R)?(?:To|A):\\s.+$"
            + ")");

    private QuotedHistory() {}

    static String fold(String text) {
        String normalised = text.replace("\r\n", "\n");
        String reply = normalised;
        var m = HISTORY_START.matcher(normalised);
        if (m.find()) {
            reply = normalised.substring(0, m.start());
        }
        // A trailing block of "> " lines is quoted history even without an attribution line.
        String[] lines = reply.split("\n", -1);
        int end = lines.length;
        while (end > 0 && (lines[end - 1].isBlank() || lines[end - 1].startsWith(">"))) {
            end--;
        }
        String kept =
                String.join("\n", java.util.Arrays.copyOfRange(lines, 0, end)).strip();
        // A mail that is all quote (a bare forward) keeps everything rather than nothing.
        return kept.isEmpty() ? normalised.strip() : kept;
    }
}
