package org.caredesk.kb;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/** HTML in and out: article bodies arrive as simple HTML, snippets leave as escaped HTML. */
final class Html {

    private Html() {}

    /**
     * The readable text of an HTML fragment: tags removed (script and style with their content),
     * entities decoded, block tags turned into line breaks so words on either side stay apart,
     * and runs of whitespace collapsed. Plain text passes through unchanged apart from whitespace.
     */
    static String toPlainText(String html) {
        StringBuilder text = new StringBuilder(html.length());
        char[] buffer = new char[4096];
        try (Reader reader = new HTMLStripCharFilter(new StringReader(html))) {
            for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a StringReader
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Escapes text for use inside an HTML element or a quoted attribute. */
    static String escape(CharSequence text, int start, int end) {
        StringBuilder escaped = new StringBuilder(end - start + 16);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String escape(CharSequence text) {
        return escape(text, 0, text.length());
    }
}
