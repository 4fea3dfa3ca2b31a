package org.caredesk.portal.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.kb.Article;
import org.caredesk.domain.kb.KnowledgeBase;

/** One published help article. */
@Named
@RequestScoped
public class ArticlePage {
    private final KnowledgeBase knowledgeBase;
    private String id;
    private Article article;

    protected ArticlePage() {
        this(null);
    }

    @Inject
    public ArticlePage(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    public Article getArticle() {
        if (article == null && id != null && id.matches("\\d{1,18}")) {
            article = knowledgeBase.published(Long.parseLong(id)).orElse(null);
        }
        return article;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
