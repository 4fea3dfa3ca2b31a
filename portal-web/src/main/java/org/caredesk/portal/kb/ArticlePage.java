package org.caredesk.portal.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.caredesk.domain.kb.Article;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.domain.kb.RelatedArticles;
import org.caredesk.domain.kb.feedback.Deflection;
import org.caredesk.domain.kb.usage.HelpCentreUsage;

/** One published help article, with related ones; notes when it was opened from the case form. */
@Named
@RequestScoped
public class ArticlePage {
    private static final int RELATED = 5;

    private final KnowledgeBase knowledgeBase;
    private final RelatedArticles relatedArticles;
    private final Deflection deflection;
    private final FeedbackForm feedbackForm;
    private String id;
    private String formSession;
    private Article article;
    private List<RelatedArticles.RelatedArticle> related;
    private final transient HelpCentreUsage usage;

    protected ArticlePage() {
        this(null, null, null, null, null);
    }

    @Inject
    public ArticlePage(
            KnowledgeBase knowledgeBase,
            RelatedArticles relatedArticles,
            Deflection deflection,
            FeedbackForm feedbackForm,
            HelpCentreUsage usage) {
        this.knowledgeBase = knowledgeBase;
        this.usage = usage;
        this.relatedArticles = relatedArticles;
        this.deflection = deflection;
        this.feedbackForm = feedbackForm;
    }

    public Article getArticle() {
        if (article == null && id != null && id.matches("\\d{1,18}")) {
            article = knowledgeBase.published(Long.parseLong(id)).orElse(null);
            if (article != null
                    && !jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
                usage.viewed(article.getId()); // a reading, not each vote or postback on the page
            }
        }
        return article;
    }

    public List<RelatedArticles.RelatedArticle> getRelated() {
        if (related == null) {
            related = getArticle() == null ? List.of() : relatedArticles.of(getArticle(), RELATED);
        }
        return related;
    }

    /**
     * On a plain visit (not a postback): readies the feedback form for this article, and records
     * an article opened from the case form's suggestions (?fs=…).
     */
    public void recordVisit() {
        if (getArticle() == null) {
            return;
        }
        feedbackForm.open(getArticle().getId());
        if (formSession != null) {
            deflection.opened(formSession, getArticle().getId());
        }
    }

    public String articleUrl(long articleId) {
        return ArticleLinks.pageUrl(articleId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFs() {
        return formSession;
    }

    public void setFs(String formSession) {
        this.formSession = Deflection.isFormSession(formSession) ? formSession : null;
    }
}
