package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;

/**
 * Supervisors work through alerts: acknowledge, escalate or dismiss with a reason. Each decision is
 * announced on the feed ({@code alert.updated}); a dismissed pattern is not raised again for the
 * same window (see {@link EarlyWarnings}).
 */
@ApplicationScoped
@Transactional
public class AlertWorkflow {
    private final EntityManager entityManager;
    private final FeedPublisher feed;
    private final Clock clock;

    protected AlertWorkflow() {
        this(null, null, null);
    }

    @Inject
    public AlertWorkflow(EntityManager entityManager, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Applies {@code decision} by {@code supervisor}; empty when there is no such alert.
     *
     * @throws IllegalStateException when the alert's status does not allow the decision
     */
    public Optional<AlertView> decide(long id, AlertDecision decision, String supervisor) {
        Alert alert = entityManager.find(Alert.class, id);
        if (alert == null) {
            return Optional.empty();
        }
        String note = decision.reason() == null || decision.reason().isBlank()
                ? null
                : decision.reason().trim() + " (" + supervisor + ")";
        alert.decide(decision.alertStatus(), note);
        String reason = decision.reason() == null || decision.reason().isBlank()
                ? null
                : decision.reason().trim();
        entityManager.persist(
                new AlertDecisionEntry(alert, decision.alertStatus(), reason, supervisor, clock.instant()));
        entityManager.flush();
        AlertView view = AlertView.of(alert);
        feed.publish(FeedEventTypes.ALERT_UPDATED, view);
        return Optional.of(view);
    }
}
