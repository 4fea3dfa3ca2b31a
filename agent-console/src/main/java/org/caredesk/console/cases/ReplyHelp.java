package org.caredesk.console.cases;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.domain.cases.canned.CannedReplies;
import org.caredesk.domain.cases.canned.CannedReplyView;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.kb.SearchHit;

/** What helps an agent write a reply: canned replies and help articles, inserted into the reply box. */
@Named
@ViewScoped
public class ReplyHelp implements Serializable {
    private static final int HITS = 5;

    private final transient CannedReplies cannedReplies;
    private final transient KnowledgeBase knowledgeBase;
    private final CasePage casePage;
    private Long cannedId;
    private String query;
    private List<SearchHit> hits;

    protected ReplyHelp() {
        this(null, null, null);
    }

    @Inject
    public ReplyHelp(CannedReplies cannedReplies, KnowledgeBase knowledgeBase, CasePage casePage) {
        this.cannedReplies = cannedReplies;
        this.knowledgeBase = knowledgeBase;
        this.casePage = casePage;
    }

    public List<CannedReplyView> getCannedReplies() {
        return cannedReplies.all(
                casePage.getDetail() == null ? "en" : casePage.getDetail().language());
    }

    public void insertCanned() {
        if (cannedId != null) {
            cannedReplies.find(cannedId).ifPresent(r -> casePage.appendToReply(r.body()));
        }
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

    public Long getCannedId() {
        return cannedId;
    }

    public void setCannedId(Long cannedId) {
        this.cannedId = cannedId;
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
