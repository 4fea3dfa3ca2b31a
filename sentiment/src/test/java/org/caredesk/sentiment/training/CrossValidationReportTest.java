package org.caredesk.sentiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DocumentSample;
import org.caredesk.sentiment.language.TextLanguage;
import org.junit.jupiter.api.Test;

class CrossValidationReportTest {

    @Test
    void crossValidationIsRepeatableAndCoversEverySample() throws Exception {
        SentimentTraining training = new SentimentTraining();
        List<LabelledText> corpus =
                SentimentCorpus.read(SentimentCorpus.file(Path.of("src/main/corpus"), TextLanguage.IT));
        List<DocumentSample> samples = training.samples(corpus, TextLanguage.IT);
        ConfusionMatrix first = CrossValidationReport.crossValidate(TextLanguage.IT, samples, 3, 7L);
        ConfusionMatrix second = CrossValidationReport.crossValidate(TextLanguage.IT, samples, 3, 7L);
        assertEquals(samples.size(), first.total());
        assertEquals(first.format(), second.format());
        assertTrue(first.accuracy() > 0.5, first::format);
    }

    @Test
    void corpusMeetsTheAgreedSize() throws Exception {
        assertTrue(SentimentCorpus.read(Path.of("src/main/corpus/sentiment-en.tsv"))
                        .size()
                >= 800);
        assertTrue(SentimentCorpus.read(Path.of("src/main/corpus/sentiment-it.tsv"))
                        .size()
                >= 300);
    }
}
