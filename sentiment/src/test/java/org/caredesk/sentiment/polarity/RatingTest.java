package org.caredesk.sentiment.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void marksOutOfTenOrFiveBecomeValence() {
        assertEquals(3.0, Rating.valence("10/10 would watch again"), 1e-9);
        assertEquals(-3.0, Rating.valence("0 out of 5, avoid"), 1e-9);
        assertEquals(1.8, Rating.valence("a solid 8/10"), 1e-9);
        assertEquals(1.2, Rating.valence("voto 7 su 10"), 1e-9);
    }

    @Test
    void aMarkWithoutScaleAfterGiveIsOutOfTen() {
        assertEquals(3.0, Rating.valence("I gave it a 10"), 1e-9);
        assertEquals(-2.4, Rating.valence("I'd rate it 1"), 1e-9);
    }

    @Test
    void timesDatesAndPlainNumbersAreNoRating() {
        assertEquals(0.0, Rating.valence("open 24/7"), 0.0);
        assertEquals(0.0, Rating.valence("delivered on 3/5/2024"), 0.0);
        assertEquals(0.0, Rating.valence("order 12345 arrived"), 0.0);
        assertEquals(0.0, Rating.valence("no digits here"), 0.0);
    }
}
