package org.caredesk.sentiment.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.caredesk.sentiment.language.TextLanguage;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4: the trained English tokenizer evaluated its model at every character of every word of every
 * text (about a quarter of the tagging an import pays a line). Its split of a word depends on that word alone, so a
 * word already split is not split again; the tokens stay exactly what the tokenizer gives.
 */
class SegmenterTest {
    private static final TokenizerModel MODEL = BundledModels.englishTokenizer();
    private final Segmenter segmenter = new Segmenter(MODEL, BundledModels.englishSentences());

    @Test
    void aRecurringWordIsSplitByTheModelOnce() {
        String[] words = {
            "The",
            "charger",
            "of",
            "my",
            "power-bank",
            "got",
            "very",
            "hot,",
            "and",
            "smelled",
            "of",
            "smoke!",
            "I",
            "don't",
            "know",
            "why.",
            "KT-200",
            "(again)",
            "e.g.",
            "$49.99"
        };
        long before = segmenter.wordsSplitByModel();
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(words[(i * 7 + w * 3) % words.length]).append(' ');
            }
            segmenter.tokens(text.toString(), TextLanguage.EN);
        }
        long split = segmenter.wordsSplitByModel() - before;
        assertTrue(split <= words.length, () -> "words sent to the model for 6,000 words of 20 kinds: " + split);
    }

    @Test
    void theTokensAreTheTrainedTokenizersOwn() {
        List<String> texts = List.of(
                "The charger of my power bank got very hot and smelled of smoke (import 12-7).",
                "I don't think it's safe: the KT-200's base melted!!! Refund, please...",
                "Mr. Smith paid $49.99 on 3/12/2026 for the U.S. model, e.g. the blue one.",
                "Il bollitore perde acqua e la base si è bruciata. Grazie!",
                "tabs\tand\nnew lines\r\nand  double  spaces, \u00a0no-break space and \u2003em space",
                "Great service :) thank you!!! #happy @caredesk https://example.com/a?b=c",
                "words-with-dashes, \"quoted\" and 'single', (parens) [brackets] {braces} end.",
                "The charger of my power bank got very hot and smelled of smoke (import 12-8).");
        for (int round = 0; round < 2; round++) { // the second round reads the kept splits
            for (String text : texts) {
                assertEquals(
                        List.of(new TokenizerME(MODEL).tokenize(text)), segmenter.tokens(text, TextLanguage.EN), text);
            }
        }
    }
}
