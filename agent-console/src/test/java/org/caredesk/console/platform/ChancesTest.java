package org.caredesk.console.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChancesTest {
    @Test
    void aSmallProbabilityIsOneInARoundedNumber() {
        assertEquals(13_000, Chances.odds(7.536e-5));
    }

    @Test
    void twoSignificantFigures() {
        assertEquals(40, Chances.odds(0.025));
        assertEquals(3, Chances.odds(0.3));
        assertEquals(1, Chances.odds(1.0));
    }

    @Test
    void belowOneInAMillionIsTheFloor() {
        assertEquals(Chances.FLOOR, Chances.odds(1e-9));
        assertEquals(Chances.FLOOR, Chances.odds(0));
    }
}
