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

    @Test
    void windows1252ReadAsLatin1IsRepairedAndOtherControlCharactersAreRefused() {
        // NHTSA's narratives carry U+0092 where a writer typed an apostrophe (a Windows-1252 byte read as Latin-1).
        String line =
                "{\"receivedAt\":\"2014-03-27T12:00:00Z\",\"channel\":\"web\",\"text\":\"The car\\u0092s sunroof\\u0099 cost \\u0080900\"}";
        assertEquals(
                "The car\u2019s sunroof\u2122 cost \u20ac900",
                parser.parse(1, line).text());
        String escape = "{\"receivedAt\":\"2014-03-27T12:00:00Z\",\"channel\":\"web\",\"text\":\"red\\u001b[31m\"}";
        assertEquals(
                "text contains a control character (U+001B)",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, escape))
                        .getMessage());
        String undefined = "{\"receivedAt\":\"2014-03-27T12:00:00Z\",\"channel\":\"web\",\"text\":\"a\\u0081b\"}";
        assertEquals(
                "text contains a control character (U+0081)",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, undefined))
                        .getMessage());
    }

    @Test
    void theComponentAndModelYearAreKept() {
        ImportLine line = parser.parse(1, START + ",\"component\":\" AIR BAGS:FRONTAL | ENGINE \",\"modelYear\":2013}");
        assertEquals("AIR BAGS:FRONTAL | ENGINE", line.component());
        assertEquals(2013, line.modelYear());
    }

    @Test
    void noComponentOrModelYearIsNull() {
        ImportLine line = parser.parse(1, START + ",\"component\":\"  \",\"modelYear\":null}");
        assertNull(line.component());
        assertNull(line.modelYear());
    }

    @Test
    void aComponentOrModelYearOfTheWrongKindIsRejectedByName() {
        assertEquals(
                "component must be a string",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, START + ",\"component\":7}"))
                        .getMessage());
        assertEquals(
                "component is longer than 200 characters",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> parser.parse(1, START + ",\"component\":\"" + "X".repeat(201) + "\"}"))
                        .getMessage());
        assertEquals(
                "modelYear must be a whole number from 1900 to 2100",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, START + ",\"modelYear\":9999}"))
                        .getMessage());
        assertEquals(
                "modelYear must be a whole number from 1900 to 2100",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(1, START + ",\"modelYear\":\"2013\"}"))
                        .getMessage());
    }
}
