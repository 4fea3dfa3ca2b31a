package org.caredesk.kb;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as safe HTML: every character of the article text is escaped and
 * the only markup added is {@code <mark>} around matches, so the portal can insert the snippet
 * as-is. An ellipsis marks text cut off at either end.
 */
final class MarkPassageFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        for (Passage passage : passages) {
            if (!html.isEmpty()) {
                html.append(' ');
            }
            html.append(format(passage, content));
        }
        return html.toString();
    }

    private static String format(Passage passage, String content) {
        StringBuilder html = new StringBuilder();
        int position = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            // Matches are sorted by start but may overlap (a phrase and one of its terms).
            int start = Math.max(position, passage.getMatchStarts()[i]);
            int end = passage.getMatchEnds()[i];
            if (end <= start) {
                continue;
            }
            html.append(Html.escape(content, position, start))
                    .append("<mark>")
                    .append(Html.escape(content, start, end))
                    .append("</mark>");
            position = end;
        }
        html.append(Html.escape(content, position, Math.max(position, passage.getEndOffset())));

        String text = html.toString().strip();
        if (passage.getStartOffset() > 0) {
            text = ELLIPSIS + " " + text;
        }
        if (passage.getEndOffset() < content.length()) {
            text = text + " " + ELLIPSIS;
        }
        return text;
    }
}
