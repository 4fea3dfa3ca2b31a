package org.caredesk.sentiment.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.caredesk.sentiment.SentimentLabel;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.text.BundledModels;
import org.caredesk.sentiment.text.Segmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The models the build trained: present, well-formed, and sensible on sentences they never saw. */
class SentimentModelTest {

    private static SentimentModels models;
    private static PolarityFeatures features;

    @BeforeAll
    static void load() {
        models = SentimentModels.loadBundled();
        features = new PolarityFeatures(new Segmenter(BundledModels.englishTokenizer(), BundledModels.englishSentences()));
    }

    @Test
    void bothModelsLoadWithTheThreeLabels() {
        for (TextLanguage language : List.of(TextLanguage.EN, TextLanguage.IT)) {
            SentimentClassifier classifier = models.forLanguage(language).orElseThrow();
            assertEquals(List.of("negative", "neutral", "positive"), classifier.labels().stream().sorted().toList());
        }
        assertTrue(models.forLanguage(TextLanguage.OTHER).isEmpty());
    }

    /** Written for this test only; none of these lines is in the corpus. */
    private static final Map<String, SentimentLabel> HELD_OUT_EN = Map.ofEntries(
            Map.entry("The fan is quiet and keeps the bedroom cool, really happy with it.", SentimentLabel.POSITIVE),
            Map.entry("Your technician was helpful and fixed the boiler in half an hour.", SentimentLabel.POSITIVE),
            Map.entry("Lovely sturdy toaster, great value for money.", SentimentLabel.POSITIVE),
            Map.entry("Thanks a lot, the new charger works great!", SentimentLabel.POSITIVE),
            Map.entry("I have had no trouble at all with it, excellent.", SentimentLabel.POSITIVE),
            Map.entry("The iron leaks rusty water on my shirts, awful.", SentimentLabel.NEGATIVE),
            Map.entry("Support ignored my three emails and the blender is still broken.", SentimentLabel.NEGATIVE),
            Map.entry("Very disappointed, the lamp flickers constantly.", SentimentLabel.NEGATIVE),
            Map.entry("This grill is rubbish and your refund policy is a scam.", SentimentLabel.NEGATIVE),
            Map.entry("The speaker doesn't work anymore and nobody cares.", SentimentLabel.NEGATIVE),
            Map.entry("How do I change the bag on the vacuum cleaner?", SentimentLabel.NEUTRAL),
            Map.entry("Can you tell me when my order will be dispatched?", SentimentLabel.NEUTRAL),
            Map.entry("I would like to update the billing address on my account.", SentimentLabel.NEUTRAL),
            Map.entry("Is the grill plate compatible with the older model?", SentimentLabel.NEUTRAL),
            Map.entry("Please send the invoice to my work email.", SentimentLabel.NEUTRAL));

    private static final Map<String, SentimentLabel> HELD_OUT_IT = Map.ofEntries(
            Map.entry("Il ventilatore è silenzioso e rinfresca bene, sono contento.", SentimentLabel.POSITIVE),
            Map.entry("Il tecnico è stato gentile e ha sistemato tutto in mezz'ora.", SentimentLabel.POSITIVE),
            Map.entry("Tostapane ottimo, grazie per la spedizione veloce.", SentimentLabel.POSITIVE),
            Map.entry("Bellissima lampada, la consiglio a tutti.", SentimentLabel.POSITIVE),
            Map.entry("Il ferro da stiro perde acqua, una vera schifezza.", SentimentLabel.NEGATIVE),
            Map.entry("Nessuno risponde alle mie email e il frullatore è ancora rotto.", SentimentLabel.NEGATIVE),
            Map.entry("Molto deluso, la lampada non si accende più.", SentimentLabel.NEGATIVE),
            Map.entry("Assistenza pessima, mi avete fatto perdere una giornata.", SentimentLabel.NEGATIVE),
            Map.entry("Come si cambia il sacchetto dell'aspirapolvere?", SentimentLabel.NEUTRAL),
            Map.entry("Potete dirmi quando verrà spedito il mio ordine?", SentimentLabel.NEUTRAL),
            Map.entry("Vorrei aggiornare l'indirizzo di fatturazione.", SentimentLabel.NEUTRAL),
            Map.entry("La piastra è compatibile con il modello vecchio?", SentimentLabel.NEUTRAL));

    @Test
    void englishHeldOutSentencesAreMostlyRight() {
        assertTrue(accuracy(HELD_OUT_EN, TextLanguage.EN) >= 0.8, () -> "accuracy " + accuracy(HELD_OUT_EN, TextLanguage.EN));
    }

    @Test
    void italianHeldOutSentencesAreMostlyRight() {
        assertTrue(accuracy(HELD_OUT_IT, TextLanguage.IT) >= 0.75, () -> "accuracy " + accuracy(HELD_OUT_IT, TextLanguage.IT));
    }

    private static double accuracy(Map<String, SentimentLabel> examples, TextLanguage language) {
        SentimentClassifier classifier = models.forLanguage(language).orElseThrow();
        long right = examples.entrySet().stream()
                .filter(e -> classifier.classify(features.extract(e.getKey(), language)).label() == e.getValue())
                .count();
        return (double) right / examples.size();
    }
}
