package org.caredesk.domain.sentimentmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;
import org.caredesk.sentiment.training.ModelRetraining;

/**
 * One retrained sentiment model: its status and progress, who asked for it, its cross-validated
 * figures and those of the model that was in use when it was trained (same folds), and, once
 * switched on, the version it replaced (0 = the bundled models), which is what a rollback restores.
 */
@Entity
@Table(name = "sentiment_model")
public class SentimentModelVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "model_version")
    private int modelVersion;

    @Enumerated(EnumType.STRING)
    private ModelStatus status;

    private int progress;

    private String step;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "previous_version")
    private Integer previousVersion;

    private int corrections;

    @Column(name = "corpus_limit")
    private int corpusLimit;

    @Column(name = "en_samples")
    private Integer enSamples;

    @Column(name = "en_accuracy")
    private Double enAccuracy;

    @Column(name = "en_macro_f1")
    private Double enMacroF1;

    @Column(name = "it_samples")
    private Integer itSamples;

    @Column(name = "it_accuracy")
    private Double itAccuracy;

    @Column(name = "it_macro_f1")
    private Double itMacroF1;

    @Column(name = "base_en_accuracy")
    private Double baseEnAccuracy;

    @Column(name = "base_en_macro_f1")
    private Double baseEnMacroF1;

    @Column(name = "base_it_accuracy")
    private Double baseItAccuracy;

    @Column(name = "base_it_macro_f1")
    private Double baseItMacroF1;

    private String failure;

    @Version
    private long version;

    protected SentimentModelVersion() {}

    SentimentModelVersion(int modelVersion, String requestedBy, Instant requestedAt, int corpusLimit) {
        this.modelVersion = modelVersion;
        this.status = ModelStatus.TRAINING;
        this.step = "queued";
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.corpusLimit = corpusLimit;
    }

    void progress(int percent, String currentStep) {
        this.progress = Math.max(this.progress, Math.min(100, percent));
        this.step = currentStep;
    }

    void corrections(int count) {
        this.corrections = count;
    }

    void baseline(ModelRetraining.Result base) {
        baseEnAccuracy = base.of("en").accuracy();
        baseEnMacroF1 = base.of("en").macroF1();
        baseItAccuracy = base.of("it").accuracy();
        baseItMacroF1 = base.of("it").macroF1();
    }

    /** The figures of the model this one would replace, as they were measured for that one. */
    void baseline(SentimentModelVersion current) {
        baseEnAccuracy = current.enAccuracy;
        baseEnMacroF1 = current.enMacroF1;
        baseItAccuracy = current.itAccuracy;
        baseItMacroF1 = current.itMacroF1;
    }

    void trained(ModelRetraining.Result result, Instant at) {
        enSamples = result.of("en").samples();
        enAccuracy = result.of("en").accuracy();
        enMacroF1 = result.of("en").macroF1();
        itSamples = result.of("it").samples();
        itAccuracy = result.of("it").accuracy();
        itMacroF1 = result.of("it").macroF1();
        status = ModelStatus.READY;
        progress = 100;
        step = "done";
        finishedAt = at;
    }

    void failed(String why, Instant at) {
        status = ModelStatus.FAILED;
        failure = why == null ? "unknown" : why.length() > 1000 ? why.substring(0, 1000) : why;
        finishedAt = at;
    }

    void activate(int replacing, String supervisor, Instant at) {
        status = ModelStatus.ACTIVE;
        previousVersion = replacing;
        activatedBy = supervisor;
        activatedAt = at;
    }

    /** Switched off again (another version switched on, or rolled back): can be switched on later. */
    void deactivate() {
        status = ModelStatus.READY;
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public ModelStatus getStatus() {
        return status;
    }

    public java.time.Instant getRequestedAt() {
        return requestedAt;
    }

    public Integer getPreviousVersion() {
        return previousVersion;
    }

    ModelVersionView view() {
        return new ModelVersionView(
                modelVersion,
                status.wireName(),
                progress,
                step,
                requestedBy,
                requestedAt,
                finishedAt,
                activatedBy,
                activatedAt,
                previousVersion,
                corrections,
                corpusLimit,
                new ModelVersionView.Figures(enSamples, enAccuracy, enMacroF1, itSamples, itAccuracy, itMacroF1),
                new ModelVersionView.Figures(null, baseEnAccuracy, baseEnMacroF1, null, baseItAccuracy, baseItMacroF1),
                failure);
    }
}
