package org.caredesk.domain.kb;

import java.util.regex.Pattern;

/**
 * Article HTML made safe to show: everything is escaped, then only a few plain formatting tags
 * without attributes are let back in. Nothing a writer types can run as script.
 */
public final class SafeHtml {
    private static final Pattern ALLOWED_TAG =
            Pattern.compile("&lt;(/?)(p|ul|ol|li|strong|em|b|i|h2|h3|h4|br|code|blockquote)\\s*/?&gt;",
                    Pattern.CASE_INSENSITIVE);

    private SafeHtml() {
    }

    public static String of(String html) {
        if (html == null) {
            return "";
        }
        String escaped = html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
        return ALLOWED_TAG.matcher(escaped).replaceAll(m -> "<" + m.group(1) + m.group(2).toLowerCase() + ">");
    }
}
