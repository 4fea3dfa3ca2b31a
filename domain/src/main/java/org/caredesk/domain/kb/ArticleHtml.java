package org.caredesk.domain.kb;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The article format: plain formatting tags without attributes, text escaped. Every article body is
 * cleaned to it on every write ({@link ArticleEditor}) and again when shown ({@link SafeHtml}), with
 * jsoup's allow-list {@link Cleaner}: anything else (script, style, event handlers, links, images,
 * {@code javascript:} URLs) is dropped, and the text of dropped formatting is kept. Cleaning is
 * idempotent, so cleaning clean HTML changes nothing.
 */
public final class ArticleHtml {
    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "ul", "ol", "li", "strong", "em", "b", "i", "h2", "h3", "h4", "br", "code", "blockquote");

    private ArticleHtml() {}

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        // Headings one level down (the page's title is the h1), as the editor does.
        for (Element heading : dirty.body().select("h1")) {
            heading.tagName("h2");
        }
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
