package org.caredesk.domain.sentimentmodel;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.correction.TagCorrections;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.sentiment.training.ModelRetraining;

/**
 * Retrains the sentiment models in the background (the server's managed executor): reads the
 * agents' sentiment corrections, measures the model in use under the same folds when it is the
 * bundled one (its figures were never stored), cross-validates and trains corpus + corrections, and
 * writes the models to {@code <data>/models/sentiment/v<version>}. Progress is stored as it goes,
 * so any page or instance can show it. Takes about a minute with the whole corpus on two busy
 * cores; {@code corpusLimit} thins the corpus for quick test models.
 */
@ApplicationScoped
public class SentimentModelTraining {
    private static final Logger LOG = Logger.getLogger(SentimentModelTraining.class.getName());
    /** Share of the progress bar spent measuring the bundled models first. */
    private static final int CURRENT_SHARE = 40;

    private final SentimentModelRegistry registry;
    private final TagCorrections corrections;
    private final CareDeskSettings settings;

    @Resource
    private ManagedExecutorService executor;

    protected SentimentModelTraining() {
        this(null, null, null);
    }

    @Inject
    public SentimentModelTraining(
            SentimentModelRegistry registry, TagCorrections corrections, CareDeskSettings settings) {
        this.registry = registry;
        this.corrections = corrections;
        this.settings = settings;
    }

    /**
     * Starts training a new version and returns at once.
     *
     * @param corpusLimit 0 for the whole corpus, else this many corpus lines per language
     * @throws IllegalStateException while another version is training
     */
    public ModelVersionView start(String supervisor, int corpusLimit) {
        ModelVersionView created = registry.request(supervisor, Math.max(0, corpusLimit));
        executor.submit(() -> train(created.version(), Math.max(0, corpusLimit)));
        return created;
    }

    /** Where a version's model files are. */
    public static Path directory(CareDeskSettings settings, int version) {
        return settings.dataDir().resolve("models").resolve("sentiment").resolve("v" + version);
    }

    private void train(int version, int corpusLimit) {
        try {
            List<ModelRetraining.Correction> taught = corrections.trainingCorrections();
            registry.corrections(version, taught.size());
            ModelRetraining retraining = new ModelRetraining();
            int offset = 0;
            if (!registry.copyCurrentFigures(version)) {
                ModelRetraining.Result current = retraining.crossValidate(
                        ModelRetraining.texts(List.of(), corpusLimit),
                        (percent, step) ->
                                registry.progress(version, percent * CURRENT_SHARE / 100, "model in use: " + step));
                registry.currentMeasured(version, current);
                offset = CURRENT_SHARE;
            }
            int start = offset;
            ModelRetraining.Result result = retraining.train(
                    ModelRetraining.texts(taught, corpusLimit),
                    directory(settings, version),
                    (percent, step) -> registry.progress(version, start + percent * (100 - start) / 100, step));
            registry.trained(version, result);
            LOG.info(() -> "Sentiment model " + version + " trained with " + taught.size() + " corrections: " + result);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Training sentiment model " + version + " failed", e);
            registry.failed(version, e.toString());
        }
    }
}
