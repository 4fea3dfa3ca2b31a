package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionWordsTest {

    @TempDir
    Path dir;

    @Test
    void questionWordsAreKnownAsTheStemsQueriesAreAnalysedTo() {
        try (Analyzer analyzer = LanguageAnalyzers.create()) {
            QuestionWords words = QuestionWords.load(analyzer);

            for (String word : List.of("how", "can", "my", "from", "possible", "anyone")) {
                String stem = TermAnalysis.analyze(analyzer, ArticleFields.body(Language.EN), word, 1)
                        .get(0)
                        .text();
                assertTrue(words.contains(Language.EN, stem), word + " -> " + stem);
            }
            for (String word : List.of("posso", "vorrei", "possibile", "buongiorno")) {
                String stem = TermAnalysis.analyze(analyzer, ArticleFields.body(Language.IT), word, 1)
                        .get(0)
                        .text();
                assertTrue(words.contains(Language.IT, stem), word + " -> " + stem);
            }
            assertFalse(words.contains(Language.EN, "refund"));
            assertFalse(words.contains(Language.EN, "password"));
            assertFalse(words.contains(Language.IT, "rimbors"));
            assertFalse(words.contains(Language.IT, "rimborso"));
            assertFalse(words.contains(Language.IT, "how"), "languages are apart");
        }
    }

    @Test
    void aTitleAskedTheSameWayDoesNotOutrankOneAboutTheSameThing() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(List.of(
                    SampleArticles.en(
                            1,
                            "How can I change my password?",
                            "Open your profile and choose a new one.",
                            "Account",
                            List.of()),
                    SampleArticles.en(
                            2,
                            "Delivery address",
                            "We deliver to the address on the order until it ships.",
                            "Shipping",
                            List.of()),
                    SampleArticles.en(
                            3, "Delivery times", "Delivery takes three days to any address.", "Shipping", List.of()),
                    SampleArticles.en(
                            4, "Invoice address", "The invoice shows the billing address.", "Billing", List.of())));

            assertEquals(
                    2L,
                    ids(index.search(SearchRequest.of("how can I change my delivery address")))
                            .get(0));
        }
    }

    @Test
    void aQueryOfQuestionWordsOnlyStillFindsTheTitlesThatAskIt() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(List.of(
                    SampleArticles.en(1, "Opening hours", "We answer from nine to five.", "Other", List.of()),
                    SampleArticles.en(2, "How can I pay?", "By card or bank transfer.", "Billing", List.of())));

            assertEquals(List.of(2L), ids(index.search(SearchRequest.of("how can i"))));
        }
    }
}
