package org.caredesk.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.hazard.HazardSignal;
import org.caredesk.sentiment.polarity.Sentiment;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.product.ProductMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPipelineTest {

    private static TextPipeline pipeline;
    private static final ProductMatcher PRODUCTS = new ProductMatcher(
            List.of(new ProductReference("KX200", "Aqua Kettle", List.of("aqua kettle"), List.of("KX-200"))));

    @BeforeAll
    static void load() {
        pipeline = TextPipeline.loadDefault();
    }

    private static Analysis analyze(String text) {
        return pipeline.analyze(text, null, PRODUCTS);
    }

    @Test
    void detectsEnglishAndItalianAndOther() {
        assertEquals(
                "en",
                analyze("I bought this kettle last month and it stopped working yesterday, what should I do?")
                        .language());
        assertEquals(
                "it",
                analyze("Ho comprato questo bollitore il mese scorso e ieri ha smesso di funzionare, cosa devo fare?")
                        .language());
        assertEquals(
                "other",
                analyze(
                                "Ich habe diesen Wasserkocher letzten Monat gekauft und gestern hat er aufgehört zu funktionieren.")
                        .language());
    }

    @Test
    void otherLanguageIsNeutralWithoutHazardsButStillFindsProducts() {
        Analysis a = analyze("Mi hervidor KX-200 se incendió ayer por la noche y la cocina se llenó de humo negro.");
        assertEquals("other", a.language());
        assertEquals(SentimentLabel.NEUTRAL, a.sentiment().label());
        assertTrue(a.hazards().isEmpty());
        assertEquals(List.of(new ProductMention("KX200", "KX-200")), a.products());
    }

    @Test
    void shortTextFollowsTheHint() {
        assertEquals("it", pipeline.analyze("ok grazie", "it", PRODUCTS).language());
        assertEquals("en", pipeline.analyze("KX-200 ok", "en", PRODUCTS).language());
    }

    @Test
    void clearSentimentInBothLanguages() {
        assertEquals(
                SentimentLabel.POSITIVE,
                analyze("Excellent service, thank you so much for the quick help!")
                        .sentiment()
                        .label());
        assertEquals(
                SentimentLabel.NEGATIVE,
                analyze("Terrible product, it broke after two days and nobody answers my emails.")
                        .sentiment()
                        .label());
        assertEquals(
                SentimentLabel.NEUTRAL,
                analyze("What is the warranty period for the kettle?")
                        .sentiment()
                        .label());
        assertEquals(
                SentimentLabel.POSITIVE,
                analyze("Servizio eccellente, grazie mille per l'aiuto!")
                        .sentiment()
                        .label());
        assertEquals(
                SentimentLabel.NEGATIVE,
                analyze("Prodotto pessimo, si è rotto dopo due giorni.")
                        .sentiment()
                        .label());
        assertEquals(
                SentimentLabel.NEUTRAL,
                analyze("Qual è la durata della garanzia del bollitore?")
                        .sentiment()
                        .label());
    }

    @Test
    void negationChangesPolarity() {
        assertNotEquals(
                SentimentLabel.NEGATIVE,
                analyze("Not bad at all, I am quite happy with it.").sentiment().label());
        assertEquals(
                SentimentLabel.NEGATIVE,
                analyze("It never works when I need it.").sentiment().label());
        assertEquals(
                SentimentLabel.NEGATIVE,
                pipeline.analyze("Non funziona.", "it", PRODUCTS).sentiment().label());
        assertEquals(
                SentimentLabel.NEGATIVE,
                analyze("Il bollitore non funziona da una settimana.")
                        .sentiment()
                        .label());
    }

    @Test
    void scoreAndConfidenceAreConsistentWithTheLabel() {
        Sentiment negative =
                analyze("Awful, useless, broken kettle. I want a refund now!").sentiment();
        assertTrue(negative.score() < 0 && negative.score() >= -1, "score " + negative.score());
        assertTrue(
                negative.confidence() > 1.0 / 3 && negative.confidence() <= 1, "confidence " + negative.confidence());
        Sentiment positive =
                analyze("Wonderful kettle, works perfectly, thank you!").sentiment();
        assertTrue(positive.score() > 0 && positive.score() <= 1, "score " + positive.score());
    }

    @Test
    void evidenceNamesTheWordsBehindTheDecision() {
        Sentiment s =
                analyze("The kettle is useless and the service was terrible.").sentiment();
        assertEquals(SentimentLabel.NEGATIVE, s.label());
        assertTrue(!s.evidence().isEmpty() && s.evidence().size() <= 4, "evidence " + s.evidence());
        String joined = String.join(" ", s.evidence());
        assertTrue(joined.contains("useless") || joined.contains("terrible"), "evidence " + s.evidence());
    }

    @Test
    void reportsHazardsAndProductsTogether() {
        Analysis a = analyze("My Aqua Kettle caught fire this morning and the plug melted. Model KX 200.");
        assertEquals(
                List.of(HazardCategory.FIRE),
                a.hazards().stream().map(HazardSignal::category).distinct().collect(Collectors.toList()));
        assertEquals(1, a.products().size());
        assertEquals("KX200", a.products().get(0).code());
        assertEquals(2, a.sentenceCount());
        assertTrue(a.tokenCount() >= 14, "tokens " + a.tokenCount());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\n\n\t",
                "😡😡😡",
                "👍",
                "🔥🔥",
                "\u0000\u0001\u0002\u001b[31m",
                "\uD83D",
                "\uDE00abc",
                ":-( :( :(",
                "!!!???",
                "KX-200",
                "@user http://x.y",
                "\u202E\u200Babc\uFEFF",
                "ø∑ß∂ƒ©˙∆˚¬"
            })
    void neverThrowsOnOddText(String text) {
        Analysis a = pipeline.analyze(text, null, PRODUCTS);
        assertNotNull(a.sentiment());
        assertTrue(a.tokenCount() >= 0 && a.sentenceCount() >= 0);
    }

    @Test
    void nullTextAndNullMatcherAreEmpty() {
        Analysis a = pipeline.analyze(null, null, null);
        assertEquals(0, a.tokenCount());
        assertEquals(0, a.sentenceCount());
        assertEquals(Sentiment.notAssessed(), a.sentiment());
        assertTrue(a.products().isEmpty());
    }

    @Test
    void emptyTextIsNotAssessed() {
        Analysis a = analyze("");
        assertEquals(Sentiment.notAssessed(), a.sentiment());
        assertTrue(a.hazards().isEmpty());
    }

    @Test
    void handlesVeryLongText() {
        String text = "The kettle is broken and the lid leaks. ".repeat(250); // 10,000 characters
        assertEquals(10_000, text.length());
        Analysis a = analyze(text);
        assertEquals("en", a.language());
        assertEquals(SentimentLabel.NEGATIVE, a.sentiment().label());
        assertTrue(a.sentenceCount() >= 200, "sentences " + a.sentenceCount());
    }

    @Test
    void emojiOnlyCarriesPolarity() {
        assertEquals(SentimentLabel.NEGATIVE, analyze("😡😡😡").sentiment().label());
        assertEquals(SentimentLabel.POSITIVE, analyze("👍😍").sentiment().label());
    }

    @Test
    void controlCharactersDoNotChangeTheResult() {
        Analysis clean = analyze("Terrible kettle, it broke again.");
        Analysis dirty = analyze("Terrible\u0000 kettle,\u0007 it broke\u001b again.");
        assertEquals(clean.sentiment().label(), dirty.sentiment().label());
        assertEquals(clean.language(), dirty.language());
    }
}
