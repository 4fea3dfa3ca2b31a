package org.caredesk.sentiment.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.SentimentModelFiles;

/**
 * Build step: trains {@code sentiment-en.bin} and {@code sentiment-it.bin} from the corpus.
 * Run by Maven in {@code process-classes}; arguments: corpus directory, output directory.
 */
public final class SentimentModelTrainer {

    private SentimentModelTrainer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SentimentModelTrainer <corpus-dir> <models-dir>");
        }
        Path corpusDir = Path.of(args[0]);
        Path modelsDir = Path.of(args[1]);
        Files.createDirectories(modelsDir);
        SentimentTraining training = new SentimentTraining();
        for (TextLanguage language : new TextLanguage[] {TextLanguage.EN, TextLanguage.IT}) {
            List<LabelledText> corpus = SentimentCorpus.read(SentimentCorpus.file(corpusDir, language));
            List<DocumentSample> samples = training.samples(corpus, language);
            DoccatModel model = SentimentTraining.train(language, samples);
            Path target = modelsDir.resolve(SentimentModelFiles.fileName(language));
            try (OutputStream out = Files.newOutputStream(target)) {
                model.serialize(out);
            }
            System.out.printf("sentiment-%s: %d samples -> %s%n", language.code(), samples.size(), target);
        }
    }
}
