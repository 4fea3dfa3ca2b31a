package org.caredesk.domain.kb.feedback;

/**
 * A consumer's answer to "Was this helpful?".
 *
 * @param comment optional; trimmed, at most {@value #MAX_COMMENT} characters kept
 */
public record FeedbackVote(long articleId, boolean helpful, String comment) {
    public static final int MAX_COMMENT = 2000;

    public FeedbackVote {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            comment = comment.substring(0, MAX_COMMENT);
        }
    }
}
