package org.caredesk.domain.kb;

/**
 * Article HTML made safe to show: cleaned to the article format ({@link ArticleHtml}) once more on
 * the way out, so nothing stored before sanitising existed, or written around it, can run as script.
 */
public final class SafeHtml {
    private SafeHtml() {}

    public static String of(String html) {
        return ArticleHtml.clean(html);
    }
}
