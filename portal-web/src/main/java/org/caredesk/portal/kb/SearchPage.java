package org.caredesk.portal.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.kb.SearchResult;
import org.caredesk.portal.platform.LanguageSwitch;

/** The help search page: the query comes in the URL, so results can be bookmarked and shared. */
@Named
@RequestScoped
public class SearchPage {
    private final KnowledgeBase knowledgeBase;
    private final LanguageSwitch languageSwitch;
    private String q;
    private SearchResult result;

    protected SearchPage() {
        this(null, null);
    }

    @Inject
    public SearchPage(KnowledgeBase knowledgeBase, LanguageSwitch languageSwitch) {
        this.knowledgeBase = knowledgeBase;
        this.languageSwitch = languageSwitch;
    }

    public SearchResult getResult() {
        if (result == null) {
            result = knowledgeBase.search(q == null ? "" : q, null, 20, 0);
        }
        return result;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String articleUrl(long id) {
        return ArticleLinks.pageUrl(id);
    }

    public String getLanguage() {
        return languageSwitch.getLanguage();
    }
}
