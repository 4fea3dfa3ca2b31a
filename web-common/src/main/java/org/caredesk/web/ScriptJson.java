package org.caredesk.web;

/**
 * JSON text made safe to stand inside an HTML {@code <script>} element or attribute. JSON escapes
 * quotes but not {@code </script>}, {@code <!--}, {@code &} or the line separators U+2028/U+2029, so
 * a title such as {@code </script><script>…} would end the script and start the attacker's. Each of
 * those characters becomes its {@code \\uXXXX} escape, which every JSON parser and JavaScript engine
 * reads back as the same character. Every JSON a page embeds goes through here.
 */
public final class ScriptJson {
    private ScriptJson() {}

    public static String of(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\'' -> out.append("\\u0027");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
