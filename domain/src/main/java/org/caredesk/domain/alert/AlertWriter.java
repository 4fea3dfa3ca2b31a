package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.product.Product;
import org.caredesk.sentiment.warning.WarningSignal;

import java.util.Optional;

/**
 * Stores a warning as an alert and announces it ({@code alert.raised}) in one transaction, unless
 * an alert for the same product and hazard already covers an overlapping window.
 */
@ApplicationScoped
@Transactional
public class AlertWriter {
    private final EntityManager entityManager;
    private final FeedPublisher feed;

    protected AlertWriter() {
        this(null, null);
    }

    @Inject
    public AlertWriter(EntityManager entityManager, FeedPublisher feed) {
        this.entityManager = entityManager;
        this.feed = feed;
    }

    /** The new alert, or empty when the warning was already raised or names an unknown product. */
    public Optional<AlertView> raise(WarningSignal signal) {
        Optional<Product> product = entityManager.createQuery("SELECT p FROM Product p WHERE p.code = :code", Product.class)
                .setParameter("code", signal.productCode()).getResultStream().findFirst();
        if (product.isEmpty() || alreadyRaised(product.get(), signal)) {
            return Optional.empty();
        }
        Alert alert = new Alert(product.get(), signal.hazard().wireName(), signal.raisedAt(), signal.windowStart(),
                signal.windowEnd(), signal.observed(), signal.expected(), signal.pValue(),
                signal.supportingContactIds().stream().map(Long::valueOf).toList());
        entityManager.persist(alert);
        entityManager.flush();
        AlertView view = AlertView.of(alert);
        feed.publish(FeedEventTypes.ALERT_RAISED, view);
        return Optional.of(view);
    }

    private boolean alreadyRaised(Product product, WarningSignal signal) {
        return entityManager.createQuery("SELECT COUNT(a) FROM Alert a WHERE a.product = :product AND a.hazard = :hazard "
                        + "AND a.windowStart <= :end AND a.windowEnd >= :start", Long.class)
                .setParameter("product", product).setParameter("hazard", signal.hazard().wireName())
                .setParameter("start", signal.windowStart()).setParameter("end", signal.windowEnd())
                .getSingleResult() > 0;
    }
}
