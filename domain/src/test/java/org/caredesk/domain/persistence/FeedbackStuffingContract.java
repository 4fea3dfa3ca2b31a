package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caredesk.domain.kb.Article;
import org.caredesk.domain.kb.feedback.ArticleFeedback;
import org.caredesk.domain.kb.feedback.FeedbackVote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Feedback votes from fresh sessions of one address cannot be stuffed, on every supported database. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class FeedbackStuffingContract extends DatabaseContract {
    private final SignInThrottleContract.MovableClock clock =
            new SignInThrottleContract.MovableClock(Instant.parse("2026-12-07T09:00:00Z"));

    @BeforeParameterizedClassInvocation
    void open() {}

    @Test
    void freshSessionsFromOneAddressGiveAnArticleOnlyAFewVotesADay() {
        ArticleFeedback feedback = new ArticleFeedback(jpa.entityManager(), clock);
        long article = jpa.inTransaction(em -> {
            Article a = new Article(
                    "stuffed-" + UUID.randomUUID(),
                    "en",
                    "Stuffed",
                    "<p>Stuffed.</p>",
                    "help",
                    List.of(),
                    List.of(),
                    clock.instant());
            em.persist(a);
            return a.getId();
        });
        for (int i = 0; i < ArticleFeedback.VOTES_PER_ADDRESS_A_DAY; i++) {
            assertEquals(ArticleFeedback.Outcome.RECORDED, vote(feedback, article, "203.0.113.7"), "vote " + (i + 1));
        }
        assertEquals(
                ArticleFeedback.Outcome.TOO_MANY_FROM_ADDRESS,
                vote(feedback, article, "203.0.113.7"),
                "one more fresh session from the same address");
        assertEquals(ArticleFeedback.Outcome.RECORDED, vote(feedback, article, "203.0.113.8"), "another address");
        clock.advance(Duration.ofDays(1));
        assertEquals(ArticleFeedback.Outcome.RECORDED, vote(feedback, article, "203.0.113.7"), "the next day");
        long counted = jpa.inTransaction(
                em -> em.createQuery("SELECT COUNT(v) FROM ArticleVote v WHERE v.articleId = :a", Long.class)
                        .setParameter("a", article)
                        .getSingleResult());
        assertEquals(ArticleFeedback.VOTES_PER_ADDRESS_A_DAY + 2, counted);
    }

    private ArticleFeedback.Outcome vote(ArticleFeedback feedback, long article, String address) {
        String freshSession = UUID.randomUUID().toString();
        return jpa.inTransaction(em -> feedback.vote(new FeedbackVote(article, true, null), freshSession, address));
    }
}
