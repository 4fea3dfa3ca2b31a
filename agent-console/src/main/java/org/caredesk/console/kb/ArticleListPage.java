package org.caredesk.console.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.domain.kb.ArticleEditor;
import org.caredesk.domain.kb.ArticleListing;

/** The supervisor's list of help articles, published or not. */
@Named
@ViewScoped
public class ArticleListPage implements Serializable {
    private final transient ArticleListing listing;
    private final transient ArticleEditor editor;
    private List<ArticleListing.Summary> articles;

    protected ArticleListPage() {
        this(null, null);
    }

    @Inject
    public ArticleListPage(ArticleListing listing, ArticleEditor editor) {
        this.listing = listing;
        this.editor = editor;
    }

    public List<ArticleListing.Summary> getArticles() {
        if (articles == null) {
            articles = listing.all();
        }
        return articles;
    }

    public void unpublish(long id) {
        editor.unpublish(id);
        articles = null;
        ConsoleMessages.info("kb.unpublished");
    }

    public void publish(long id) {
        editor.republish(id);
        articles = null;
        ConsoleMessages.info("kb.published");
    }
}
