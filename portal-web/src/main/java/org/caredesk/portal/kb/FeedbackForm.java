package org.caredesk.portal.kb;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.caredesk.domain.kb.feedback.ArticleFeedback;
import org.caredesk.domain.kb.feedback.FeedbackVote;

/**
 * "Was this helpful?" under an article: yes or no is recorded at once, then an optional comment
 * can be added to that vote. One vote per article and browser session.
 */
@Named
@ViewScoped
public class FeedbackForm implements Serializable {
    private final transient ArticleFeedback feedback;
    private Long articleId;
    private String comment;
    private Boolean helpful;
    private boolean commented;
    private Boolean votedBefore;

    protected FeedbackForm() {
        this(null);
    }

    @Inject
    public FeedbackForm(ArticleFeedback feedback) {
        this.feedback = feedback;
    }

    /**
     * Called on the page's first request with the shown article's id: the form keeps it for the
     * page's later (ajax) requests, which carry no id of their own.
     */
    public void open(long id) {
        articleId = id;
    }

    /** The article voted on; null when the page shows none (and so no question). */
    public Long getArticleId() {
        return articleId;
    }

    /** Records yes ({@code answer} true) or no for the article of the page. */
    public void vote(boolean answer) {
        if (articleId == null || isVoted()) {
            return;
        }
        String address = ((jakarta.servlet.http.HttpServletRequest)
                        jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest())
                .getRemoteAddr();
        ArticleFeedback.Outcome outcome =
                feedback.vote(new FeedbackVote(articleId, answer, null), sessionId(), address);
        if (outcome == ArticleFeedback.Outcome.RECORDED) {
            helpful = answer;
        } else if (outcome == ArticleFeedback.Outcome.ALREADY_VOTED
                || outcome == ArticleFeedback.Outcome.TOO_MANY_FROM_ADDRESS) {
            votedBefore = true; // the page thanks for the earlier vote either way: nothing to gain by telling more
        }
    }

    public void sendComment() {
        if (articleId != null && helpful != null && !commented) {
            commented = feedback.comment(articleId, sessionId(), comment);
        }
    }

    /** Voted on this page, or on an earlier visit in this session. */
    public boolean isVoted() {
        if (helpful != null) {
            return true;
        }
        if (votedBefore == null && articleId != null) {
            votedBefore = feedback.hasVotedInSession(articleId, sessionId());
        }
        return Boolean.TRUE.equals(votedBefore);
    }

    /** True when the vote was cast on this page (so a comment may follow). */
    public boolean isVotedHere() {
        return helpful != null;
    }

    public Boolean getHelpful() {
        return helpful;
    }

    public boolean isCommented() {
        return commented;
    }

    private static String sessionId() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        return session.getId();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
