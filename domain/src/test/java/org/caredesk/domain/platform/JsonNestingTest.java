package org.caredesk.domain.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonNestingTest {
    @Test
    void nestingUpToTheLimitPassesAndOneLevelMoreDoesNot() {
        assertTrue(JsonNesting.within("{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}", 32));
        assertFalse(JsonNesting.within("{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}", 32));
        assertFalse(JsonNesting.within("[".repeat(3000) + "]".repeat(3000), 32));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        assertTrue(JsonNesting.within("{\"subject\":\"" + "[{".repeat(100) + "\\\"[[[\"}", 2));
    }

    @Test
    void everyReaderAndParserRefusesDeepTextWithAJsonErrorItsCallersHandle() {
        String deep = "{\"subject\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        jakarta.json.JsonException parser =
                assertThrows(jakarta.json.JsonException.class, () -> JsonTexts.parser(deep));
        assertEquals("the JSON nests deeper than 32 levels", parser.getMessage());
        assertThrows(jakarta.json.JsonException.class, () -> JsonTexts.reader(deep));
        try (var reader = JsonTexts.reader("{\"a\":[[1]]}")) {
            assertEquals(
                    1, reader.readObject().getJsonArray("a").getJsonArray(0).getInt(0));
        }
    }

    @Test
    void siblingsDoNotAddUp() {
        assertTrue(JsonNesting.within("[" + "[1],".repeat(500) + "[2]]", 2));
    }
}
