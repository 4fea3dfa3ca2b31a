package org.caredesk.portal.kb;

/** Where a help article is shown in the portal. */
public final class ArticleLinks {
    private ArticleLinks() {}

    public static String pageUrl(long id) {
        return "/article.xhtml?id=" + id;
    }
}
