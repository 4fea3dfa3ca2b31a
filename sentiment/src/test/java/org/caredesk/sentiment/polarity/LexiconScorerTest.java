package org.caredesk.sentiment.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caredesk.sentiment.language.TextLanguage;
import org.junit.jupiter.api.Test;

/** The valence rules on short texts written for this test. */
class LexiconScorerTest {

    private static final LexiconScorer SCORER = new LexiconScorer();

    private static double en(String text) {
        return SCORER.score(text, TextLanguage.EN).compound();
    }

    private static double it(String text) {
        return SCORER.score(text, TextLanguage.IT).compound();
    }

    @Test
    void opinionWordsGiveTheirSideAndFactsGiveNothing() {
        assertTrue(en("the new kettle is great") > 0.4);
        assertTrue(en("the new kettle is awful") < -0.4);
        assertEquals(0.0, en("The council meets on Thursday at 6 pm."), 0.0);
    }

    @Test
    void negationFlipsAndDampsWithinThreeWordsOfTheSameSentence() {
        assertTrue(en("the pasta was not good") < 0);
        assertTrue(en("honestly not bad at all") > 0);
        assertTrue(en("it isn't great") < 0);
        // A full stop ends the negation: the second sentence stands on its own.
        assertTrue(en("Not today. Great show though") > 0);
        assertTrue(Math.abs(en("not good")) < Math.abs(en("good")), "a negated word counts less than the word");
    }

    @Test
    void intensifiersStrengthenAndHedgesWeaken() {
        assertTrue(en("the room was very dirty") < en("the room was dirty"));
        assertTrue(en("the room was slightly dirty") > en("the room was dirty"));
    }

    @Test
    void theClauseAfterButDecides() {
        assertTrue(en("the screen is great but the battery is terrible") < 0);
        assertTrue(en("the screen is terrible but the battery is great") > 0);
        assertTrue(
                SCORER.score("nice screen but awful battery", TextLanguage.EN).mixed());
    }

    @Test
    void capitalsAndExclamationsAddEmphasis() {
        assertTrue(en("the delivery was LATE") < en("the delivery was late"));
        assertTrue(en("love it!!!") > en("love it"));
        // A text shouted from start to end does not make every word louder than the rest.
        assertEquals(en("awful service"), en("AWFUL SERVICE"), 1e-9);
    }

    @Test
    void emojiAndEmoticonsCount() {
        assertTrue(en("on my way home 😍") > 0);
        assertTrue(en("on my way home :(") < 0);
        assertTrue(en("stuck at the station again 🙄") < 0);
        assertTrue(en("exam tomorrow T_T") < 0);
    }

    @Test
    void idiomsAndRatingsAreRead() {
        assertTrue(en("the tiramisu is to die for") > 0.4);
        assertTrue(en("don't waste your time on this one") < -0.4);
        assertTrue(en("we will be back") > 0);
        assertTrue(en("I'd give it 9/10") > 0.4);
        assertTrue(en("honestly 2 out of 10") < -0.4);
        assertTrue(en("gave it a 10, easily") > 0.4);
        assertEquals(0.0, en("open 24/7 on weekdays"), 0.0);
    }

    @Test
    void aNegatedComparativeIsPraise() {
        assertTrue(en("I couldn't be happier with the repair") > 0);
        assertTrue(en("never been better") > 0);
    }

    @Test
    void likeCountsOnlyAfterASubject() {
        assertTrue(en("I like the new menu") > 0);
        assertEquals(0.0, en("it looks like rain"), 0.0);
    }

    @Test
    void italianRulesAndForms() {
        assertTrue(it("servizio pessimo") < -0.4);
        assertTrue(it("personale gentilissimo") > 0.4);
        assertTrue(it("non mi piace per niente") < 0);
        assertTrue(it("risposta poco chiara") < 0, "'poco' reads the next word as its opposite");
        assertTrue(it("li odiano tutti") < 0, "a conjugated verb is found from its infinitive");
        assertTrue(it("bello il design ma la batteria fa schifo") < 0);
        assertTrue(it("meno male che è arrivato") > 0);
        assertTrue(it("in bocca al lupo per domani!") > 0);
    }

    @Test
    void hashtagsInCamelCaseAreRead() {
        assertTrue(en("3 hours on hold #WorstServiceEver") < 0);
    }
}
