package org.caredesk.domain.sentimentmodel;

import java.time.Instant;

/**
 * A retrained model as the console and the API show it.
 *
 * @param previousVersion the version it replaced when switched on (0 = bundled); rollback restores it
 * @param corpusLimit     0 = the whole corpus; else the corpus was thinned to this many lines per
 *                        language (a quick test model)
 * @param figures         this model's cross-validated figures (null while training)
 * @param currentFigures  the figures of the model in use when this one was trained, same folds
 */
public record ModelVersionView(
        int version,
        String status,
        int progress,
        String step,
        String requestedBy,
        Instant requestedAt,
        Instant finishedAt,
        String activatedBy,
        Instant activatedAt,
        Integer previousVersion,
        int corrections,
        int corpusLimit,
        Figures figures,
        Figures currentFigures,
        String failure) {

    /** Accuracy and macro-F1 per language. */
    public record Figures(
            Integer enSamples,
            Double enAccuracy,
            Double enMacroF1,
            Integer itSamples,
            Double itAccuracy,
            Double itMacroF1) {}
}
