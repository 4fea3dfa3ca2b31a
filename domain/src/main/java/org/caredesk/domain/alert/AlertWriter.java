package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.product.Product;
import org.caredesk.sentiment.warning.SafetySignal;
import org.caredesk.sentiment.warning.WarningSignal;
import org.caredesk.sentiment.watch.SafetyWatch;

/**
 * Stores a warning as an alert and announces it ({@code alert.raised}) in one transaction, unless
 * an alert for the same product and hazard already covers an overlapping window: then that alert
 * grows ({@code alert.updated}) when the warning brings more. The database keeps one alert per
 * product, hazard and window start (a unique constraint), so when two instances scan at once the
 * second insert fails and {@link EarlyWarnings} treats it as already raised.
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
        return apply(new SafetySignal(
                        signal.productCode(),
                        signal.hazard().wireName(),
                        SafetySignal.Kind.BURST,
                        true,
                        signal.windowStart(),
                        signal.windowEnd(),
                        signal.observed(),
                        signal.expected(),
                        signal.pValue(),
                        signal.raisedAt(),
                        signal.supportingContactIds(),
                        0,
                        null))
                .filter(change -> change.raised())
                .map(Change::alert);
    }

    /** What a signal did to the stored alerts. */
    public record Change(AlertView alert, boolean raised) {}

    /**
     * Raises a new alert for a new signal, or grows the alert already covering it; empty when the
     * product is unknown, or when the signal brings nothing the stored alert does not have.
     */
    public Optional<Change> apply(SafetySignal signal) {
        Optional<Product> product = entityManager
                .createQuery("SELECT p FROM Product p WHERE p.code = :code", Product.class)
                .setParameter("code", signal.productCode())
                .getResultStream()
                .findFirst();
        if (product.isEmpty()) {
            return Optional.empty();
        }
        List<Long> evidence = signal.contactIds().stream().map(Long::valueOf).toList();
        Optional<Alert> existing = covering(product.get(), signal);
        if (existing.isPresent()) {
            Alert alert = existing.get();
            if (alert.getStatus() == AlertStatus.DISMISSED
                    || alert.getEvidence().containsAll(evidence)
                            && !signal.windowEnd().isAfter(alert.getWindowEnd())) {
                return Optional.empty();
            }
            alert.grow(
                    signal.windowEnd(),
                    signal.observed(),
                    signal.expected(),
                    signal.pValue(),
                    evidence,
                    signal.severe(),
                    signal.why());
            entityManager.flush();
            AlertView view = AlertView.of(alert);
            feed.publish(FeedEventTypes.ALERT_UPDATED, view);
            return Optional.of(new Change(view, false));
        }
        if (!signal.isNew() || dismissedPattern(product.get(), signal, evidence)) {
            // A running alert grew, but its start was dismissed or belongs to a window no longer stored;
            // or a supervisor already dismissed this pattern.
            return Optional.empty();
        }
        Alert alert = new Alert(
                product.get(),
                signal.topic(),
                signal.raisedAt(),
                signal.windowStart(),
                signal.windowEnd(),
                signal.observed(),
                signal.expected(),
                signal.pValue(),
                evidence);
        alert.describe(signal.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), signal.severe(), signal.why());
        entityManager.persist(alert);
        entityManager.flush();
        AlertView view = AlertView.of(alert);
        feed.publish(FeedEventTypes.ALERT_RAISED, view);
        return Optional.of(new Change(view, true));
    }

    /**
     * Whether a supervisor dismissed this pattern: an alert of the product, dismissed, whose window
     * ends at most {@link #EPISODE_REACH_DAYS} before the signal's starts, and that either has the
     * same topic (the episode came back in a later window: a rebuilt watch counts the dismissed days
     * in the baseline, so the episode's later days may cross the threshold on their own) or holds at
     * least half of the signal's evidence (the same complaints under another test or topic).
     */
    private boolean dismissedPattern(Product product, SafetySignal signal, List<Long> evidence) {
        List<Alert> dismissed = entityManager
                .createQuery(
                        "SELECT a FROM Alert a WHERE a.product = :product "
                                + "AND a.status = :dismissed AND a.windowStart <= :end AND a.windowEnd >= :reach",
                        Alert.class)
                .setParameter("product", product)
                .setParameter("dismissed", AlertStatus.DISMISSED)
                .setParameter("end", signal.windowEnd())
                .setParameter("reach", signal.windowStart().minusDays(EPISODE_REACH_DAYS))
                .getResultList();
        for (Alert alert : dismissed) {
            if (alert.getHazard().equals(signal.topic())) {
                return true;
            }
            long shared =
                    evidence.stream().filter(alert.getEvidence()::contains).count();
            if (!evidence.isEmpty() && 2 * shared >= evidence.size()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Alert> covering(Product product, SafetySignal signal) {
        // A grown signal's window may have moved past the alert's: it still belongs to the alert that
        // started within the episode, i.e. the latest one of this product and hazard not after it.
        // A new signal joins a stored alert only while that alert is open in the watch's sense (raised at
        // most SafetyWatch.CONSOLIDATION_DAYS before): an alert whose window kept growing for longer is
        // raised afresh, as the watch (and so the recall backtest) says. A rebuild's replay of a stored
        // alert has the same raisedAt and still finds it.
        String query = signal.isNew()
                ? "SELECT a FROM Alert a WHERE a.product = :product AND a.hazard = :hazard "
                        + "AND a.windowStart <= :end AND a.windowEnd >= :start AND a.raisedAt >= :open "
                        + "ORDER BY a.windowStart DESC"
                : "SELECT a FROM Alert a WHERE a.product = :product AND a.hazard = :hazard "
                        + "AND a.windowStart <= :end AND a.windowEnd >= :episode ORDER BY a.windowStart DESC";
        var typed = entityManager
                .createQuery(query, Alert.class)
                .setParameter("product", product)
                .setParameter("hazard", signal.topic())
                .setParameter("end", signal.windowEnd());
        if (signal.isNew()) {
            typed.setParameter("start", signal.windowStart());
            typed.setParameter(
                    "open",
                    signal.raisedAt() == null
                            ? Instant.EPOCH
                            : signal.raisedAt().minus(Duration.ofDays(SafetyWatch.CONSOLIDATION_DAYS)));
        } else {
            typed.setParameter("episode", signal.windowStart().minusDays(EPISODE_REACH_DAYS));
        }
        return typed.setMaxResults(1).getResultStream().findFirst();
    }

    /** How far back a grown signal's window may start from the alert it grows (the longest episode gap). */
    static final int EPISODE_REACH_DAYS = 56;
}
