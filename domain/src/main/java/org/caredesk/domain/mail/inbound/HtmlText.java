package org.caredesk.domain.mail.inbound;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail made safe with jsoup, the project's one HTML library (articles are cleaned by the same
 * allow-list {@link Cleaner}): reduced to plain text for the case (what agents and the sentiment
 * pipeline read), and sanitised for "view original" (formatting and plain links kept; scripts,
 * styles, forms, event handlers, images and {@code javascript:} URLs dropped; links told not to pass
 * the referrer).
 */
public final class HtmlText {
    private static final Safelist VIEW = Safelist.none()
            .addTags(
                    "p",
                    "br",
                    "div",
                    "span",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "pre",
                    "code",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "td",
                    "th",
                    "hr",
                    "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");
    /** Elements after which the text goes on on a new line. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "table", "ul", "ol", "pre");

    private HtmlText() {}

    public static String sanitised(String html) {
        if (html == null) {
            return "";
        }
        Document clean = new Cleaner(VIEW).clean(Jsoup.parse(html));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    public static String toText(String html) {
        if (html == null) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.getWholeText());
                        } else if (node instanceof Element element
                                && element.normalName().equals("br")) {
                            text.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            text.append('\n');
                        }
                    }
                },
                document.body());
        return text.toString()
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" ?\n ?", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
