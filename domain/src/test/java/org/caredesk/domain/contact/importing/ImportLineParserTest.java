package org.caredesk.domain.contact.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The import's harm flags (issue 14): a complaint's source may say it told of a crash, a fire, injuries, deaths. */
class ImportLineParserTest {
    private static final String START =
            "{\"receivedAt\":\"2014-03-27T12:00:00Z\",\"channel\":\"web\",\"text\":\"It stalled\"";
    private final ImportLineParser parser = new ImportLineParser();

    @Test
    void theSourcesHarmFlagsAreKept() {
        ImportLine line = parser.parse(1, START + ",\"crash\":true,\"fire\":false,\"injured\":2,\"deaths\":0}");
        assertEquals("crash injured:2", line.reportedHarm());
    }

    @Test
    void noFlagOrOnlyFalseOnesIsNoHarm() {
        assertNull(parser.parse(1, START + "}").reportedHarm());
        assertNull(parser.parse(1, START + ",\"crash\":false,\"injured\":0}").reportedHarm());
    }

    @Test
    void aFlagOfTheWrongKindIsRejectedByName() {
        assertEquals(
                "crash must be true or false",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, START + ",\"crash\":\"Y\"}"))
                        .getMessage());
        assertEquals(
                "injured must be a whole number from 0 to 10000",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, START + ",\"injured\":-1}"))
                        .getMessage());
        assertEquals(
                "deaths must be a whole number from 0 to 10000",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, START + ",\"deaths\":1.5}"))
                        .getMessage());
    }
}
