package org.caredesk.console.cases;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.kb.SearchHit;

/** What helps an agent write a reply: help articles, inserted into the reply box (macros: {@link MacroPanel}). */
@Named
@ViewScoped
public class ReplyHelp implements Serializable {
    private static final int HITS = 5;

    private final transient KnowledgeBase knowledgeBase;
    private final CasePage casePage;
    private String query;
    private List<SearchHit> hits;

    protected ReplyHelp() {
        this(null, null);
    }

    @Inject
    public ReplyHelp(KnowledgeBase knowledgeBase, CasePage casePage) {
        this.knowledgeBase = knowledgeBase;
        this.casePage = casePage;
    }

    /** Searches the help articles in the case's language first. */
    public void search() {
        String language =
                casePage.getDetail() == null ? null : casePage.getDetail().language();
        hits = query == null || query.isBlank()
                ? List.of()
                : knowledgeBase.search(query, language, HITS, 0).hits();
    }

    /** Inserts "title: link" of the article, a link the consumer can open in the portal. */
    public void insertArticle(long id, String title) {
        casePage.appendToReply(title + ": " + articleUrl(id));
    }

    static String articleUrl(long id) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port) + "/article.xhtml?id="
                + id;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<SearchHit> getHits() {
        return hits;
    }
}
