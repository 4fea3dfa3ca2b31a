package org.caredesk.domain.kb;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the console's rich text editor (Quill, through PrimeFaces' textEditor) sends into the
 * article HTML ({@link ArticleHtml}): the allowed tags without attributes, text as the editor escaped it. Quill writes bullet lists as {@code <ol><li data-list="bullet">},
 * which becomes {@code <ul><li>}; a heading 1 becomes {@code <h2>} (the page has the title as h1);
 * any other tag (span, a, u, s, script, …) is dropped and its text kept.
 */
public final class EditorHtml {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Set<String> KEPT =
            Set.of("p", "ul", "ol", "li", "strong", "em", "b", "i", "h2", "h3", "h4", "br", "code", "blockquote");
    private static final Pattern DROPPED_WITH_CONTENT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");

    private EditorHtml() {}

    public static String clean(String html) {
        if (html == null) {
            return "";
        }
        String source = DROPPED_WITH_CONTENT.matcher(html).replaceAll("");
        StringBuilder out = new StringBuilder(source.length());
        Deque<String> lists = new ArrayDeque<>();
        Matcher tag = TAG.matcher(source);
        int at = 0;
        while (tag.find()) {
            out.append(text(source.substring(at, tag.start())));
            at = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if ("h1".equals(name)) {
                name = "h2";
            }
            if ("ol".equals(name) || "ul".equals(name)) {
                if (closing) {
                    out.append("</")
                            .append(lists.isEmpty() ? name : lists.pop())
                            .append('>');
                } else {
                    String kind = "ol".equals(name) && firstItemIsBullet(source, tag.end()) ? "ul" : name;
                    lists.push(kind);
                    out.append('<').append(kind).append('>');
                }
            } else if (KEPT.contains(name)) {
                out.append(closing ? "</" : "<").append(name).append('>');
            }
        }
        out.append(text(source.substring(at)));
        return out.toString().replace("<p><br></p>", "").strip();
    }

    private static boolean firstItemIsBullet(String source, int from) {
        Matcher next = TAG.matcher(source);
        return next.find(from)
                && "li".equalsIgnoreCase(next.group(2))
                && next.group(3).contains("bullet");
    }

    /** Text stays escaped as the editor wrote it (so a typed "<b>" stays text); only no-break spaces become spaces. */
    private static String text(String text) {
        return text.replace("&nbsp;", " ");
    }
}
