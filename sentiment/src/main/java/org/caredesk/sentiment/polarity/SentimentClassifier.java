package org.caredesk.sentiment.polarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Serves one trained sentiment model: label, polarity score, confidence and evidence for a
 * prepared word sequence. Thread-safe: {@link DocumentCategorizerME} and the model keep no
 * per-call state.
 */
public final class SentimentClassifier {

    /**
     * Long texts are scored in windows of this many words and the probabilities averaged: the
     * maximum-entropy score grows with every word, and a letter of thousands of words would
     * otherwise overflow to NaN. The corpus documents are mostly shorter than one window.
     */
    static final int WINDOW_WORDS = 150;
    /** From this margin between P(positive) and P(negative) on, the model's share grows to 1. */
    static final double CERTAIN_FROM = 0.8;

    private final Calibration calibration;
    private static final int MAX_EVIDENCE = 4;

    private final DocumentCategorizerME categorizer;
    private final FeatureGenerator[] featureGenerators;
    private final FeatureWeights weights;
    private final int[] labelIndex = new int[SentimentLabel.values().length];

    public SentimentClassifier(DoccatModel doccatModel) {
        this.calibration = Calibration.forLanguage(doccatModel.getLanguage());
        this.categorizer = new DocumentCategorizerME(doccatModel);
        this.featureGenerators = doccatModel.getFactory().getFeatureGenerators();
        this.weights = FeatureWeights.of(doccatModel.getMaxentModel());
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
        String[] words = tokens.wordArray();
        Reading reading = read(words, tokens.lexicon().compound());
        if (reading == null) {
            return Sentiment.notAssessed();
        }
        double[] q = reading.mixed(calibration);
        double score = q[SentimentLabel.POSITIVE.ordinal()] - q[SentimentLabel.NEGATIVE.ordinal()];
        SentimentLabel label = Reading.label(score, calibration);
        return new Sentiment(label, Math.max(-1.0, Math.min(1.0, score)), q[label.ordinal()], evidence(words, label));
    }

    /**
     * The model's and the rules' reading of a text before they are mixed, or null when the model
     * has nothing to score: what {@link Calibration} is chosen from (the real-text benchmark's
     * cross-validation), without running the model again for every candidate calibration.
     */
    public Reading read(PolarityTokens tokens) {
        return read(tokens.wordArray(), tokens.lexicon().compound());
    }

    private Reading read(String[] words, double compound) {
        double[] p = probabilities(words);
        if (p == null) {
            return null;
        }
        double[] byLabel = new double[labelIndex.length];
        for (SentimentLabel label : SentimentLabel.values()) {
            byLabel[label.ordinal()] = p[labelIndex[label.ordinal()]];
        }
        return new Reading(byLabel, compound);
    }

    /** The calibration this classifier uses (its model's language's). */
    public Calibration calibration() {
        return calibration;
    }

    /**
     * A model's probabilities (by {@link SentimentLabel} ordinal) and the valence rules' compound
     * score for one text, and how a {@link Calibration} mixes and labels them.
     */
    public record Reading(double[] model, double compound) {

        public Reading {
            model = model.clone();
        }

        /** The label the mixed score falls into under {@code calibration}. */
        public SentimentLabel label(Calibration calibration) {
            double[] q = mixed(calibration);
            return label(q[SentimentLabel.POSITIVE.ordinal()] - q[SentimentLabel.NEGATIVE.ordinal()], calibration);
        }

        /** The mixed score (P(positive) - P(negative)) under {@code calibration}. */
        public double score(Calibration calibration) {
            double[] q = mixed(calibration);
            return q[SentimentLabel.POSITIVE.ordinal()] - q[SentimentLabel.NEGATIVE.ordinal()];
        }

        static SentimentLabel label(double score, Calibration calibration) {
            double band = calibration.neutralBand();
            return score > band
                    ? SentimentLabel.POSITIVE
                    : score < -band ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        }

        /**
         * The model's share: the calibrated weight, rising to all of it as the model grows certain
         * (P(positive) - P(negative) beyond ±{@value #CERTAIN_FROM}). A model that is nearly sure has
         * seen texts like this one, above all the texts agents corrected, and a correction must win
         * over the word list; on the public sets this changes under a thousandth of the figures.
         */
        private double modelWeight(Calibration calibration) {
            double margin =
                    Math.abs(model[SentimentLabel.POSITIVE.ordinal()] - model[SentimentLabel.NEGATIVE.ordinal()]);
            double certainty = (margin - CERTAIN_FROM) / (1 - CERTAIN_FROM);
            return Math.max(calibration.modelWeight(), Math.min(1, certainty));
        }

        /**
         * The model's probabilities mixed with the rules' reading, by label ordinal: the compound c
         * read as P(positive) = max(c, 0), P(negative) = max(-c, 0), P(neutral) = 1 - |c|.
         */
        double[] mixed(Calibration calibration) {
            double w = modelWeight(calibration);
            double[] q = new double[model.length];
            for (SentimentLabel label : SentimentLabel.values()) {
                double rules =
                        switch (label) {
                            case POSITIVE -> Math.max(compound, 0);
                            case NEGATIVE -> Math.max(-compound, 0);
                            case NEUTRAL -> 1 - Math.abs(compound);
                        };
                q[label.ordinal()] = w * model[label.ordinal()] + (1 - w) * rules;
            }
            return q;
        }
    }

    /** Window-averaged label probabilities, or null when there is nothing (finite) to score. */
    private double[] probabilities(String[] words) {
        double[] sum = new double[labelIndex.length];
        double weight = 0;
        for (int from = 0; from < words.length; from += WINDOW_WORDS) {
            String[] window = words.length <= WINDOW_WORDS
                    ? words
                    : Arrays.copyOfRange(words, from, Math.min(words.length, from + WINDOW_WORDS));
            double[] p = categorizer.categorize(window);
            if (Arrays.stream(p).allMatch(Double::isFinite)) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += p[i] * window.length;
                }
                weight += window.length;
            }
        }
        if (weight == 0) {
            return null;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= weight;
        }
        return sum;
    }

    /**
     * The features of this text that pushed the model towards {@code label} most: each distinct
     * informative feature's weight for the label minus its mean weight for the other labels,
     * times how often it occurs. Lexicon markers are left out: they only repeat a word that is
     * evidence in its own right.
     */
    private List<String> evidence(String[] words, SentimentLabel label) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FeatureGenerator generator : featureGenerators) {
            for (String feature : generator.extractFeatures(words, Map.of())) {
                counts.merge(feature, 1, Integer::sum);
            }
        }
        int outcome = labelIndex[label.ordinal()];
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String feature = entry.getKey();
            if (!EvidenceText.isInformative(feature)
                    || feature.contains(PolarityLexicon.POSITIVE)
                    || feature.contains(PolarityLexicon.NEGATIVE)) {
                continue;
            }
            double push = weights.margin(feature, outcome) * entry.getValue();
            if (push > 0) {
                scored.add(new Scored(feature, push));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::push).reversed());
        Set<String> readable = new LinkedHashSet<>();
        for (Scored s : scored) {
            readable.add(EvidenceText.readable(s.feature()));
            if (readable.size() == MAX_EVIDENCE) {
                break;
            }
        }
        return List.copyOf(readable);
    }

    private record Scored(String feature, double push) {}
}
