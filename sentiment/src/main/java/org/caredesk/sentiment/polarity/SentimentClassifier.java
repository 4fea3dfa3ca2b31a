package org.caredesk.sentiment.polarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import org.caredesk.sentiment.Sentiment;
import org.caredesk.sentiment.SentimentLabel;

/**
 * Serves one trained sentiment model: label, polarity score, confidence and evidence for a
 * prepared word sequence. Thread-safe: {@link DocumentCategorizerME} and the model keep no
 * per-call state.
 */
public final class SentimentClassifier {

    private static final int MAX_EVIDENCE = 4;

    private final DocumentCategorizerME categorizer;
    private final MaxentModel model;
    private final FeatureGenerator[] featureGenerators;
    private final int[] labelIndex = new int[SentimentLabel.values().length];

    public SentimentClassifier(DoccatModel doccatModel) {
        this.categorizer = new DocumentCategorizerME(doccatModel);
        this.model = doccatModel.getMaxentModel();
        this.featureGenerators = doccatModel.getFactory().getFeatureGenerators();
        if (categorizer.getNumberOfCategories() != labelIndex.length) {
            throw new IllegalStateException("Sentiment model must have exactly the labels "
                    + Arrays.toString(SentimentLabel.values()) + ", has " + labels());
        }
        for (SentimentLabel label : SentimentLabel.values()) {
            int index = categorizer.getIndex(label.wireName());
            if (index < 0) {
                throw new IllegalStateException("Sentiment model lacks label " + label.wireName());
            }
            labelIndex[label.ordinal()] = index;
        }
    }

    /** The model's outcome names, in the model's order. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            labels.add(categorizer.getCategory(i));
        }
        return labels;
    }

    public Sentiment classify(PolarityTokens tokens) {
        if (tokens.words().isEmpty()) {
            return Sentiment.notAssessed();
        }
        String[] words = tokens.wordArray();
        double[] p = categorizer.categorize(words);
        SentimentLabel best = SentimentLabel.NEUTRAL;
        for (SentimentLabel label : SentimentLabel.values()) {
            if (p[labelIndex[label.ordinal()]] > p[labelIndex[best.ordinal()]]) {
                best = label;
            }
        }
        double score = p[labelIndex[SentimentLabel.POSITIVE.ordinal()]] - p[labelIndex[SentimentLabel.NEGATIVE.ordinal()]];
        return new Sentiment(best, clamp(score), p[labelIndex[best.ordinal()]], evidence(words, best));
    }

    /**
     * The features of this text that, on their own, make the model most sure of {@code label}:
     * each distinct feature is scored by P(label | that feature alone). Only features that lean
     * towards the label (above the uniform 1/3) count. Model-agnostic: works for maxent and
     * naive Bayes alike.
     */
    private List<String> evidence(String[] words, SentimentLabel label) {
        Set<String> features = new LinkedHashSet<>();
        for (FeatureGenerator generator : featureGenerators) {
            features.addAll(generator.extractFeatures(words, java.util.Map.of()));
        }
        int outcome = labelIndex[label.ordinal()];
        double threshold = 1.0 / labelIndex.length + 0.1;
        List<Scored> scored = new ArrayList<>();
        String[] single = new String[1];
        for (String feature : features) {
            single[0] = feature;
            double probability = model.eval(single)[outcome];
            if (probability > threshold) {
                scored.add(new Scored(feature, probability));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::probability).reversed());
        Set<String> readable = new LinkedHashSet<>();
        for (Scored s : scored) {
            if (s.feature().contains(PolarityLexicon.POSITIVE) || s.feature().contains(PolarityLexicon.NEGATIVE)) {
                continue; // the lexicon marker only repeats a word that is evidence in its own right
            }
            readable.add(EvidenceText.readable(s.feature()));
            if (readable.size() == MAX_EVIDENCE) {
                break;
            }
        }
        return List.copyOf(readable);
    }

    private static double clamp(double v) {
        return Math.max(-1.0, Math.min(1.0, v));
    }

    private record Scored(String feature, double probability) {
    }
}
