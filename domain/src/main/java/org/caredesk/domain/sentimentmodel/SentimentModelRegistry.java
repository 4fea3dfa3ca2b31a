package org.caredesk.domain.sentimentmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.sentiment.training.ModelRetraining;

/**
 * The database side of retrained models: versions, their progress and figures, which one is on.
 * Every switch is announced on the feed ({@code sentiment.model.changed}) in the same transaction,
 * so every application and instance loads the same model.
 */
@ApplicationScoped
@Transactional
public class SentimentModelRegistry {
    /** The models bundled with the build. */
    public static final int BUNDLED = 0;
    /**
     * A training still marked running after this long was cut off (its server stopped): a whole-corpus
     * run takes minutes even on a busy machine, and without this a restart would block retraining forever.
     */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(2);

    private final EntityManager entityManager;
    private final FeedPublisher feed;
    private final Clock clock;

    protected SentimentModelRegistry() {
        this(null, null, null);
    }

    @Inject
    public SentimentModelRegistry(EntityManager entityManager, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.clock = clock;
    }

    public ModelOverview overview() {
        List<SentimentModelVersion> all = entityManager
                .createQuery(
                        "select m from SentimentModelVersion m order by m.modelVersion desc",
                        SentimentModelVersion.class)
                .getResultList();
        Optional<SentimentModelVersion> active =
                all.stream().filter(m -> m.getStatus() == ModelStatus.ACTIVE).findFirst();
        return new ModelOverview(
                active.map(SentimentModelVersion::getModelVersion).orElse(BUNDLED),
                active.map(m -> m.getPreviousVersion() == null ? BUNDLED : m.getPreviousVersion())
                        .orElse(null),
                all.stream().anyMatch(m -> m.getStatus() == ModelStatus.TRAINING),
                all.stream().map(SentimentModelVersion::view).toList());
    }

    public Optional<ModelVersionView> find(int version) {
        return byVersion(version).map(SentimentModelVersion::view);
    }

    /** The version in use: {@link #BUNDLED} when none of the retrained ones is on. */
    public int activeVersion() {
        return active().map(SentimentModelVersion::getModelVersion).orElse(BUNDLED);
    }

    /**
     * Records a new version to train.
     *
     * @throws IllegalStateException while another one is training
     */
    public ModelVersionView request(String supervisor, int corpusLimit) {
        List<SentimentModelVersion> all = entityManager
                .createQuery("select m from SentimentModelVersion m", SentimentModelVersion.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        java.time.Instant now = clock.instant();
        for (SentimentModelVersion m : all) {
            if (m.getStatus() == ModelStatus.TRAINING
                    && m.getRequestedAt().plus(ABANDONED_AFTER).isBefore(now)) {
                m.failed(
                        "interrupted: still training " + ABANDONED_AFTER.toHours() + " hours after it was requested",
                        now);
            }
        }
        if (all.stream().anyMatch(m -> m.getStatus() == ModelStatus.TRAINING)) {
            throw new IllegalStateException("A model is being trained already");
        }
        int next = all.stream()
                        .mapToInt(SentimentModelVersion::getModelVersion)
                        .max()
                        .orElse(BUNDLED)
                + 1;
        SentimentModelVersion created = new SentimentModelVersion(next, supervisor, now, corpusLimit);
        entityManager.persist(created);
        entityManager.flush();
        return created.view();
    }

    public void progress(int version, int percent, String step) {
        byVersion(version).ifPresent(m -> m.progress(percent, step));
    }

    public void corrections(int version, int count) {
        byVersion(version).ifPresent(m -> m.corrections(count));
    }

    /**
     * Copies the figures of the model in use into {@code version} as its comparison; false when the
     * bundled models are in use, whose figures must then be measured ({@link #currentMeasured}).
     */
    public boolean copyCurrentFigures(int version) {
        Optional<SentimentModelVersion> current = active();
        current.ifPresent(c -> byVersion(version).ifPresent(m -> m.baseline(c)));
        return current.isPresent();
    }

    public void currentMeasured(int version, ModelRetraining.Result figures) {
        byVersion(version).ifPresent(m -> m.baseline(figures));
    }

    public void trained(int version, ModelRetraining.Result figures) {
        byVersion(version).ifPresent(m -> m.trained(figures, clock.instant()));
    }

    public void failed(int version, String why) {
        byVersion(version).ifPresent(m -> m.failed(why, clock.instant()));
    }

    /**
     * Switches {@code version} on for every application; the model it replaces is what a rollback
     * restores.
     *
     * @return empty when there is no such version
     * @throws IllegalStateException when the version is not trained or already on
     */
    public Optional<ModelOverview> activate(int version, String supervisor) {
        Optional<SentimentModelVersion> target = byVersion(version);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        SentimentModelVersion model = target.get();
        if (model.getStatus() != ModelStatus.READY) {
            throw new IllegalStateException("Model " + version + " is "
                    + model.getStatus().wireName() + "; only a trained model that is not on can be switched on");
        }
        Optional<SentimentModelVersion> current = active();
        current.ifPresent(SentimentModelVersion::deactivate);
        model.activate(
                current.map(SentimentModelVersion::getModelVersion).orElse(BUNDLED), supervisor, clock.instant());
        announce(version);
        return Optional.of(overview());
    }

    /**
     * Switches the model in use off and the one it replaced back on (the bundled models when it
     * replaced those).
     *
     * @throws IllegalStateException when the bundled models are on: there is nothing to roll back
     */
    public ModelOverview rollback(String supervisor) {
        SentimentModelVersion current = active().orElseThrow(() ->
                new IllegalStateException("The bundled models are in use; there is nothing to roll back"));
        current.deactivate();
        int previous = current.getPreviousVersion() == null ? BUNDLED : current.getPreviousVersion();
        Optional<SentimentModelVersion> restored = previous == BUNDLED ? Optional.empty() : byVersion(previous);
        restored.ifPresent(m -> m.activate(
                m.getPreviousVersion() == null ? BUNDLED : m.getPreviousVersion(), supervisor, clock.instant()));
        int now = restored.map(SentimentModelVersion::getModelVersion).orElse(BUNDLED);
        announce(now);
        return overview();
    }

    private void announce(int version) {
        entityManager.flush();
        feed.publish(FeedEventTypes.SENTIMENT_MODEL_CHANGED, Map.of("version", version));
    }

    private Optional<SentimentModelVersion> active() {
        return entityManager
                .createQuery("select m from SentimentModelVersion m where m.status = :s", SentimentModelVersion.class)
                .setParameter("s", ModelStatus.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    private Optional<SentimentModelVersion> byVersion(int version) {
        return entityManager
                .createQuery(
                        "select m from SentimentModelVersion m where m.modelVersion = :v", SentimentModelVersion.class)
                .setParameter("v", version)
                .getResultStream()
                .findFirst();
    }
}
