package org.caredesk.sentiment.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caredesk.sentiment.text.BundledModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = new LanguageIdentifier(BundledModels.languageDetector(), TextLanguage.EN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The washing machine has been leaking since the engineer visited on Tuesday.|en",
                "La lavatrice perde acqua da quando è passato il tecnico martedì scorso.|it",
                "La machine à laver fuit depuis la visite du technicien mardi dernier.|other",
                "Die Waschmaschine ist seit dem Besuch des Technikers am Dienstag undicht.|other",
                "La lavadora pierde agua desde que vino el técnico el martes pasado.|other"
            })
    void longTextsUseLangdetect(String text, String expected) {
        assertEquals(expected, identifier.identify(text, null).code());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"non funziona|it", "grazie mille!|it", "it never works|en", "broken again|en", "thanks!|en"})
    void shortTextsUseStopWords(String text, String expected) {
        assertEquals(expected, identifier.identify(text, null).code());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"LMAO, AMAZING!|en", "Boring as hell|en", "outstanding!|en", "wow|en"})
    void shortSlangThatLangdetectCallsOtherGoesToTheDesksLanguage(String text, String expected) {
        assertEquals(expected, identifier.identify(text, null).code());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Fair enough? Sure.|en",
                "Improvement? Sure.|en",
                "An upgrade? Yes, at last.|en",
                "Lo so, però è già tardi.|it",
                "Un rimborso? Sì, certo.|it"
            })
    void shortQuestionsAndRepliesAreReadByTheirFunctionWords(String text, String expected) {
        assertEquals(expected, identifier.identify(text, null).code());
    }

    @Test
    void aTweetLengthPostWithStopWordsIsNotOther() {
        assertEquals(
                TextLanguage.EN,
                identifier.identify("Yay yay yay we did it, the Mets won it again and again #mets", null));
    }

    @Test
    void hintDecidesShortTexts() {
        assertEquals(TextLanguage.IT, identifier.identify("KX-200 ok", "it"));
        assertEquals(TextLanguage.EN, identifier.identify("KX-200 ok", "en-GB"));
        assertEquals(TextLanguage.IT, identifier.identify("ok", "ITA"));
    }

    @Test
    void textWinsOverHintWhenLongEnough() {
        assertEquals(
                TextLanguage.IT,
                identifier.identify(
                        "Buongiorno, il bollitore che ho comprato il mese scorso non si accende più.", "en"));
    }

    @Test
    void textWithoutLettersGetsHintOrDefault() {
        assertEquals(TextLanguage.EN, identifier.identify("😡😡 !!!", null));
        assertEquals(TextLanguage.IT, identifier.identify("😡😡 !!!", "it"));
        assertEquals(TextLanguage.EN, identifier.identify("", "de"));
    }

    @Test
    void hintsAreParsedLeniently() {
        assertEquals(TextLanguage.IT, TextLanguage.fromHint(" it-IT ").orElseThrow());
        assertEquals(TextLanguage.EN, TextLanguage.fromHint("eng").orElseThrow());
        assertEquals(false, TextLanguage.fromHint("de").isPresent());
        assertEquals(false, TextLanguage.fromHint(null).isPresent());
    }
}
