package org.caredesk.domain.mail.inbound;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML mail made safe: reduced to plain text for the case (what agents and the sentiment pipeline
 * read), and sanitised for "view original" (OWASP Java HTML Sanitizer: formatting kept, scripts,
 * styles, forms, event handlers and remote images dropped, links made inert to the referrer).
 */
public final class HtmlText {
    private static final PolicyFactory VIEW = new HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "span", "b", "strong", "i", "em", "u", "ul", "ol", "li", "blockquote",
                    "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "td", "th", "hr", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();
    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<(script|style|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|hr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

    private HtmlText() {
    }

    public static String sanitised(String html) {
        return html == null ? "" : VIEW.sanitize(html);
    }

    public static String toText(String html) {
        if (html == null) {
            return "";
        }
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = unescape(text);
        return text.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "euro" -> "€";
            case "copy" -> "©";
            case "egrave" -> "è";
            case "eacute" -> "é";
            case "agrave" -> "à";
            case "ograve" -> "ò";
            case "ugrave" -> "ù";
            case "igrave" -> "ì";
            default -> whole;
        };
    }
}
