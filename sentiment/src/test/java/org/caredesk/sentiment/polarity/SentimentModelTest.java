package org.caredesk.sentiment.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
        features =
                new PolarityFeatures(new Segmenter(BundledModels.englishTokenizer(), BundledModels.englishSentences()));
    }

    @Test
    void bothModelsLoadWithTheThreeLabels() {
        for (TextLanguage language : List.of(TextLanguage.EN, TextLanguage.IT)) {
            SentimentClassifier classifier = models.forLanguage(language).orElseThrow();
            assertEquals(
                    List.of("negative", "neutral", "positive"),
                    classifier.labels().stream().sorted().toList());
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
        assertTrue(
                accuracy(HELD_OUT_EN, TextLanguage.EN) >= 0.8,
                () -> "accuracy " + accuracy(HELD_OUT_EN, TextLanguage.EN));
    }

    @Test
    void italianHeldOutSentencesAreMostlyRight() {
        assertTrue(
                accuracy(HELD_OUT_IT, TextLanguage.IT) >= 0.75,
                () -> "accuracy " + accuracy(HELD_OUT_IT, TextLanguage.IT));
    }

    /** Real-looking posts written for this test: irony, emoji, slang, news-like neutral, very short. */
    private static final Map<String, SentimentLabel> POSTS_EN = Map.ofEntries(
            Map.entry("omg this playlist is everything 😍😍", SentimentLabel.POSITIVE),
            Map.entry("best burrito in town, no contest", SentimentLabel.POSITIVE),
            Map.entry("gave it a 9/10, go see it", SentimentLabel.POSITIVE),
            Map.entry("ugh. train cancelled AGAIN", SentimentLabel.NEGATIVE),
            Map.entry("don't waste your money on this one", SentimentLabel.NEGATIVE),
            Map.entry("the screen is nice but the battery is a disaster", SentimentLabel.NEGATIVE),
            Map.entry("The city council will vote on the budget next Tuesday.", SentimentLabel.NEUTRAL),
            Map.entry("The film was shot in Montreal over six weeks.", SentimentLabel.NEUTRAL),
            Map.entry("heading to the airport now", SentimentLabel.NEUTRAL));

    private static final Map<String, SentimentLabel> POSTS_IT = Map.ofEntries(
            Map.entry("che bella serata con gli amici ❤️", SentimentLabel.POSITIVE),
            Map.entry("concerto stupendo, voce pazzesca", SentimentLabel.POSITIVE),
            Map.entry("ennesimo ritardo del treno, che schifo", SentimentLabel.NEGATIVE),
            Map.entry("questi politici mi fanno vergognare, tutti a casa", SentimentLabel.NEGATIVE),
            Map.entry("Il consiglio dei ministri si riunisce domani alle 10", SentimentLabel.NEUTRAL),
            Map.entry("qualcuno sa a che ora apre la posta?", SentimentLabel.NEUTRAL));

    @Test
    void englishPostsAreRead() {
        assertTrue(
                accuracy(POSTS_EN, TextLanguage.EN) >= 0.85, () -> "accuracy " + accuracy(POSTS_EN, TextLanguage.EN));
    }

    @Test
    void italianPostsAreRead() {
        assertTrue(accuracy(POSTS_IT, TextLanguage.IT) >= 0.8, () -> "accuracy " + accuracy(POSTS_IT, TextLanguage.IT));
    }

    @Test
    void scoreBlendsModelAndRulesAndNeutralHasABand() {
        SentimentClassifier classifier = models.forLanguage(TextLanguage.EN).orElseThrow();
        var praise = classifier.classify(features.extract("absolutely love it, thank you!", TextLanguage.EN));
        var fact = classifier.classify(features.extract("The parcel is at the depot.", TextLanguage.EN));
        assertEquals(SentimentLabel.POSITIVE, praise.label());
        assertTrue(praise.score() > Calibration.ENGLISH.neutralBand(), "score " + praise.score());
        assertEquals(SentimentLabel.NEUTRAL, fact.label());
        assertTrue(Math.abs(fact.score()) <= Calibration.ENGLISH.neutralBand(), "score " + fact.score());
        assertTrue(praise.confidence() > 1.0 / 3 && praise.confidence() <= 1);
    }

    @Test
    void calibrationIsChosenByTheModelsLanguage() {
        assertEquals(Calibration.ITALIAN, Calibration.forLanguage("it"));
        assertEquals(Calibration.ENGLISH, Calibration.forLanguage("en"));
        assertEquals(Calibration.ENGLISH, Calibration.forLanguage(null));
    }

    private static double accuracy(Map<String, SentimentLabel> examples, TextLanguage language) {
        SentimentClassifier classifier = models.forLanguage(language).orElseThrow();
        long right = examples.entrySet().stream()
                .filter(e -> classifier
                                .classify(features.extract(e.getKey(), language))
                                .label()
                        == e.getValue())
                .count();
        return (double) right / examples.size();
    }
}
