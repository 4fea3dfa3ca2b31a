package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;

/**
 * What a customer may do to their own case besides writing: close it, reopen it, and rate the
 * outcome once it is resolved. Each change is announced to the consoles.
 */
@ApplicationScoped
@Transactional
public class CaseActions {
    /** The outcome of an action; {@code NOT_FOUND} covers "not yours" too. */
    public enum Outcome {
        DONE,
        NOT_ALLOWED,
        NOT_FOUND
    }

    private final CaseOwnership ownership;
    private final FeedPublisher feed;
    private final Clock clock;
    private final EntityManager entityManager;

    protected CaseActions() {
        this(null, null, null, null);
    }

    @Inject
    public CaseActions(CaseOwnership ownership, FeedPublisher feed, Clock clock, EntityManager entityManager) {
        this.ownership = ownership;
        this.feed = feed;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    public Outcome close(String caseNumber, long customerId) {
        return act(
                caseNumber,
                customerId,
                c -> recorded(c, c.closeByConsumer(clock.instant()), CaseLifecycleEvent.Kind.CLOSED));
    }

    public Outcome reopen(String caseNumber, long customerId) {
        return act(
                caseNumber,
                customerId,
                c -> recorded(c, c.reopenByConsumer(clock.instant()), CaseLifecycleEvent.Kind.REOPENED));
    }

    /** Staff see on the timeline that the consumer closed or reopened the case. */
    private boolean recorded(SupportCase supportCase, boolean changed, CaseLifecycleEvent.Kind kind) {
        if (changed) {
            // Closing or reopening stops or restarts the SLA timers the views sort by.
            supportCase.scheduleSla(new SlaTargets(entityManager).lookup());
            entityManager.persist(new CaseLifecycleEvent(supportCase, clock.instant(), "consumer", kind));
        }
        return changed;
    }

    /** Rates a resolved or closed case 1-5 with an optional comment; once only. */
    public Outcome rate(String caseNumber, long customerId, int score, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > 2000) {
            return Outcome.NOT_ALLOWED;
        }
        return act(caseNumber, customerId, c -> c.rate(score, text, clock.instant()));
    }

    private Outcome act(String caseNumber, long customerId, Predicate<SupportCase> change) {
        Optional<SupportCase> found = ownership.ownedBy(caseNumber, customerId);
        if (found.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (!change.test(found.get())) {
            return Outcome.NOT_ALLOWED;
        }
        feed.publish(FeedEventTypes.CASE_UPDATED, CaseSummary.of(found.get()));
        return Outcome.DONE;
    }
}
