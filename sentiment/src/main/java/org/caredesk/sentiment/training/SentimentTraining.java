package org.caredesk.sentiment.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.PolarityFeatures;
import org.caredesk.sentiment.polarity.PolarityTokens;
import org.caredesk.sentiment.text.BundledModels;
import org.caredesk.sentiment.text.Segmenter;

/**
 * How a sentiment model is trained: the same word preparation as serving, unigram and bigram
 * features, and fixed parameters so that the same corpus always gives the same model. Shared by
 * the trainer and the cross-validation report so both measure the model that ships.
 */
public final class SentimentTraining {

    private final PolarityFeatures features;

    public SentimentTraining() {
        this.features =
                new PolarityFeatures(new Segmenter(BundledModels.englishTokenizer(), BundledModels.englishSentences()));
    }

    /**
     * Maximum entropy (GIS), deterministic on one thread. A cutoff of 1 keeps words seen once:
     * the corpus is small and every hand-written negation pattern counts.
     */
    public static TrainingParameters parameters() {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return params;
    }

    /** Bag of words plus bigrams; both rebuilt by name when the model is loaded. */
    public static DoccatFactory factory() {
        try {
            return new DoccatFactory(
                    new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        } catch (opennlp.tools.util.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<DocumentSample> samples(List<LabelledText> texts, TextLanguage language) {
        List<DocumentSample> samples = new ArrayList<>(texts.size());
        for (LabelledText text : texts) {
            PolarityTokens tokens = features.extract(text.text(), language);
            if (!tokens.words().isEmpty()) {
                samples.add(new DocumentSample(text.label().wireName(), tokens.wordArray()));
            }
        }
        return samples;
    }

    public static DoccatModel train(TextLanguage language, List<DocumentSample> samples) throws IOException {
        return DocumentCategorizerME.train(
                language.code(), new CollectionObjectStream<>(samples), parameters(), factory());
    }
}
