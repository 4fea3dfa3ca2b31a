package org.caredesk.portal.kb;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.caredesk.domain.kb.feedback.ArticleFeedback;
import org.caredesk.domain.kb.feedback.FeedbackVote;

import java.io.Serializable;

/**
 * "Was this helpful?" under an article: yes or no is recorded at once, then an optional comment
 * can be added to that vote. One vote per article and browser session.
 */
@Named
@ViewScoped
public class FeedbackForm implements Serializable {
    private final transient ArticleFeedback feedback;
    private String articleId;
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

    public void yes() {
        vote(true);
    }

    public void no() {
        vote(false);
    }

    private void vote(boolean answer) {
        Long id = id();
        if (id == null || isVoted()) {
            return;
        }
        ArticleFeedback.Outcome outcome = feedback.vote(new FeedbackVote(id, answer, null), sessionId());
        if (outcome == ArticleFeedback.Outcome.RECORDED) {
            helpful = answer;
        } else if (outcome == ArticleFeedback.Outcome.ALREADY_VOTED) {
            votedBefore = true;
        }
    }

    public void sendComment() {
        Long id = id();
        if (id != null && helpful != null && !commented) {
            commented = feedback.comment(id, sessionId(), comment);
        }
    }

    /** Voted on this page, or on an earlier visit in this session. */
    public boolean isVoted() {
        if (helpful != null) {
            return true;
        }
        if (votedBefore == null) {
            Long id = id();
            votedBefore = id != null && feedback.hasVotedInSession(id, sessionId());
        }
        return votedBefore;
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

    private Long id() {
        return articleId != null && articleId.matches("\\d{1,18}") ? Long.valueOf(articleId) : null;
    }

    private static String sessionId() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        return session.getId();
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
