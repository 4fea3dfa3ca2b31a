package org.caredesk.domain.kb.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.caredesk.domain.kb.Article;

/**
 * Stores "Was this helpful?" votes: one per article and browser session. The session is kept
 * only as a hash, so the table cannot be used to take over anyone's session.
 */
@ApplicationScoped
@Transactional
public class ArticleFeedback {
    private final EntityManager entityManager;
    private final Clock clock;

    protected ArticleFeedback() {
        this(null, null);
    }

    @Inject
    public ArticleFeedback(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Votes one address may give one article within a day: a household or an office behind one
     * address still counts several people, a script opening a fresh session per vote counts little.
     */
    public static final int VOTES_PER_ADDRESS_A_DAY = 3;

    /** Outcome of {@link #vote}. */
    public enum Outcome {
        RECORDED,
        ALREADY_VOTED,
        TOO_MANY_FROM_ADDRESS,
        NO_SUCH_ARTICLE
    }

    /**
     * Records the vote unless this session already voted on the article, the address gave it
     * {@value #VOTES_PER_ADDRESS_A_DAY} votes in the last day already, or it is not published.
     */
    public Outcome vote(FeedbackVote vote, String sessionId, String address) {
        Article article = entityManager.find(Article.class, vote.articleId());
        if (article == null || !article.isPublished()) {
            return Outcome.NO_SUCH_ARTICLE;
        }
        String key = sessionKey(sessionId);
        if (hasVoted(vote.articleId(), key)) {
            return Outcome.ALREADY_VOTED;
        }
        String addressKey = sessionKey("address:" + address);
        Instant now = clock.instant();
        long fromAddress = entityManager
                .createQuery(
                        "SELECT COUNT(v) FROM ArticleVote v WHERE v.articleId = :a"
                                + " AND v.addressKey = :k AND v.createdAt > :since",
                        Long.class)
                .setParameter("a", vote.articleId())
                .setParameter("k", addressKey)
                .setParameter("since", now.minus(java.time.Duration.ofDays(1)))
                .getSingleResult();
        if (fromAddress >= VOTES_PER_ADDRESS_A_DAY) {
            return Outcome.TOO_MANY_FROM_ADDRESS;
        }
        entityManager.persist(new ArticleVote(vote.articleId(), vote.helpful(), vote.comment(), key, addressKey, now));
        return Outcome.RECORDED;
    }

    /**
     * Adds a comment to this session's vote on the article, if it has one without a comment yet;
     * false otherwise (nothing is changed).
     */
    public boolean comment(long articleId, String sessionId, String comment) {
        String text = new FeedbackVote(articleId, true, comment).comment();
        if (text == null) {
            return false;
        }
        List<ArticleVote> votes = entityManager
                .createQuery(
                        "SELECT v FROM ArticleVote v WHERE v.articleId = :a AND v.sessionKey = :k", ArticleVote.class)
                .setParameter("a", articleId)
                .setParameter("k", sessionKey(sessionId))
                .getResultList();
        if (votes.isEmpty() || votes.get(0).getComment() != null) {
            return false;
        }
        votes.get(0).addComment(text);
        return true;
    }

    /** Whether this browser session has already voted on the article. */
    public boolean hasVotedInSession(long articleId, String sessionId) {
        return hasVoted(articleId, sessionKey(sessionId));
    }

    private boolean hasVoted(long articleId, String key) {
        return entityManager
                        .createQuery(
                                "SELECT COUNT(v) FROM ArticleVote v WHERE v.articleId = :a AND v.sessionKey = :k",
                                Long.class)
                        .setParameter("a", articleId)
                        .setParameter("k", key)
                        .getSingleResult()
                > 0;
    }

    static String sessionKey(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
