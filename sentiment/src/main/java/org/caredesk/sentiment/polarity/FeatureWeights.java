package org.caredesk.sentiment.polarity;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Read-only view of a trained model's per-feature weights, used to explain a decision. Every
 * OpenNLP model is an {@link AbstractModel} exposing its predicate map through
 * {@code getDataStructures()}; for maximum entropy the weights are the log-linear parameters.
 */
final class FeatureWeights {

    private final Map<String, Context> predicates;
    private final int outcomes;

    private FeatureWeights(Map<String, Context> predicates, int outcomes) {
        this.predicates = predicates;
        this.outcomes = outcomes;
    }

    @SuppressWarnings("unchecked")
    static FeatureWeights of(MaxentModel model) {
        if (!(model instanceof AbstractModel abstractModel)) {
            return new FeatureWeights(Map.of(), model.getNumOutcomes());
        }
        Object[] data = abstractModel.getDataStructures();
        return new FeatureWeights(Map.copyOf((Map<String, Context>) data[1]), model.getNumOutcomes());
    }

    /** Weight of {@code feature} for {@code outcome} minus its mean weight for the others. */
    double margin(String feature, int outcome) {
        Context context = predicates.get(feature);
        if (context == null || outcomes < 2) {
            return 0;
        }
        double[] weight = new double[outcomes];
        int[] ids = context.getOutcomes();
        double[] parameters = context.getParameters();
        for (int i = 0; i < ids.length; i++) {
            weight[ids[i]] = parameters[i];
        }
        double others = 0;
        for (int o = 0; o < outcomes; o++) {
            if (o != outcome) {
                others += weight[o];
            }
        }
        return weight[outcome] - others / (outcomes - 1);
    }
}
