package org.caredesk.sentiment.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.caredesk.sentiment.language.TextLanguage;
import org.junit.jupiter.api.Test;

class ValenceLexiconTest {

    private static final ValenceLexicon EN = ValenceLexicon.bundled(TextLanguage.EN);
    private static final ValenceLexicon IT = ValenceLexicon.bundled(TextLanguage.IT);

    @Test
    void bothListsAreLoadedAndOtherLanguagesHaveNone() {
        assertTrue(EN.size() > 1000, "English words: " + EN.size());
        assertTrue(IT.size() > 500, "Italian words: " + IT.size());
        assertEquals(0, ValenceLexicon.bundled(TextLanguage.OTHER).size());
    }

    @Test
    void englishInflectionsFindTheListedForm() {
        assertEquals(EN.valence("disappoint"), EN.valence("disappoints"));
        assertEquals(EN.valence("annoy"), EN.valence("annoying"));
        assertEquals(EN.valence("happy"), EN.valence("happily"));
        assertTrue(EN.valence("hated") < 0);
        assertEquals(0.0, EN.valence("really"), 0.0, "a hedge, not 'real'");
        assertEquals(0.0, EN.valence("likely"), 0.0);
    }

    @Test
    void italianGenderNumberAndSuperlativesFindTheListedForm() {
        assertEquals(IT.valence("pessimo"), IT.valence("pessime"));
        assertEquals(IT.valence("gentile"), IT.valence("gentili"));
        assertTrue(IT.valence("bellissime") >= IT.valence("bello"));
        assertTrue(IT.valence("deludono") < 0);
    }

    @Test
    void aWordListedTwiceKeepsItsStrongestValence() {
        Map<String, Float> map = ValenceLexicon.parse(List.of("# note", "-1 slow", "-2.5 slow awful"), "test");
        assertEquals(-2.5f, map.get("slow"));
    }

    @Test
    void aLineWithoutValenceIsRejectedWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ValenceLexicon.parse(List.of("# note", "slow -1"), "valence-xx.txt"));
        assertEquals("valence-xx.txt:2: a line starts with its valence", e.getMessage());
    }

    @Test
    void phrasesAreKeptByTheirFirstWord() {
        assertTrue(EN.phrasesStartingWith("to").stream().anyMatch(p -> p.words().equals(List.of("to", "die", "for"))));
        assertTrue(IT.phrasesStartingWith("fa").stream().anyMatch(p -> p.valence() < 0));
    }
}
