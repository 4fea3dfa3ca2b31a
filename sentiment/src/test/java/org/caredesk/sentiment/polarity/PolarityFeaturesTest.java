package org.caredesk.sentiment.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolarityFeaturesTest {

    @Test
    void negationMarksWordsUntilTheClauseEnds() {
        assertEquals(
                List.of(
                        "it",
                        "is",
                        "not",
                        "not_bad",
                        "not_xxlexneg",
                        "not_at",
                        "not_all",
                        "great",
                        "xxlexpos",
                        "xxlexposbal",
                        "xxlexposbal"),
                PolarityFeatures.words(List.of("It", "is", "not", "bad", "at", "all", ",", "great")));
    }

    @Test
    void contractedNegationAndItalianNegationWork() {
        assertEquals(
                List.of("it", "does", "n't", "not_work"), PolarityFeatures.words(List.of("It", "does", "n't", "work")));
        assertEquals(
                List.of("non", "not_funziona", "not_xxlexpos", "xxlexnegbal"),
                PolarityFeatures.words(List.of("non", "funziona")));
    }

    @Test
    void butEndsNegation() {
        List<String> words = PolarityFeatures.words(List.of("not", "cheap", "but", "good"));
        assertEquals(
                List.of("not", "not_cheap", "not_xxlexneg", "but", "good", "xxlexpos", "xxlexposbal", "xxlexposbal"),
                words);
    }

    @Test
    void intensifiersAndCapitalsRepeatTheWord() {
        assertEquals(
                List.of("very", "slow", "slow", "xxlexneg", "xxlexnegbal"),
                PolarityFeatures.words(List.of("very", "slow")));
        assertEquals(List.of("broken", "broken", "xxlexneg", "xxlexnegbal"), PolarityFeatures.words(List.of("BROKEN")));
        assertEquals(List.of("tv"), PolarityFeatures.words(List.of("TV")));
    }

    @Test
    void balanceOfOpinionWordsIsOneDocumentWord() {
        // one each side: mixed; a lead of two or more: the leading side twice; no opinion word: nothing
        assertEquals(
                List.of("good", "xxlexpos", "but", "slow", "xxlexneg", "xxlexposxxlexnegbal"),
                PolarityFeatures.words(List.of("good", "but", "slow")));
        assertEquals(
                List.of("bad", "xxlexneg", "awful", "xxlexneg", "xxlexnegbal", "xxlexnegbal"),
                PolarityFeatures.words(List.of("bad", ".", "awful")));
        assertEquals(List.of("the", "box"), PolarityFeatures.words(List.of("the", "box")));
    }

    @Test
    void elongationNumbersAndPunctuationAreNormalised() {
        assertEquals(List.of("soo", "xxnum", "!", "?"), PolarityFeatures.words(List.of("Soooooo", "200", "!!!", "?!")));
        assertTrue(PolarityFeatures.words(List.of("\"", "(", ")")).isEmpty());
    }

    @Test
    void emoticonsLinksAndMentionsBecomeMarkers() {
        String normalized = PolarityTextNormalizer.normalize("@bob see https://x.io/a :-( 😡 but :) 👍 #fail");
        assertEquals(
                List.of("xxuser", "see", "xxurl", "xxemoneg", "xxemoneg", "but", "xxemopos", "xxemopos", "fail"),
                List.of(normalized.trim().split("\\s+")));
    }

    @Test
    void emoticonsNeedSpaceAround() {
        String normalized = PolarityTextNormalizer.normalize("Note:Delivery at 8:30");
        assertFalse(normalized.contains("xxemo"), normalized);
    }

    @Test
    void evidenceReadsLikeWords() {
        assertEquals("not bad", EvidenceText.readable("bow=not_bad"));
        assertEquals("never works", EvidenceText.readable("ng=:never:not_works"));
        assertEquals("slow", EvidenceText.readable("ng=:slow:slow"));
        assertEquals("<negative emoji>", EvidenceText.readable("bow=xxemoneg"));
        assertTrue(EvidenceText.isInformative("ng=:not:not_bad"));
        assertFalse(EvidenceText.isInformative("ng=:and:not_the"));
    }
}
