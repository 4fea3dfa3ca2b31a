package org.caredesk.sentiment.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    @Test
    void nullBecomesEmpty() {
        assertEquals("", TextSanitizer.sanitize(null));
    }

    @Test
    void controlCharactersBecomeSpacesButLinesStay() {
        assertEquals("a b\nc\td", TextSanitizer.sanitize("a\u0000b\nc\td"));
    }

    @Test
    void brokenSurrogatesBecomeSpacesAndWholeEmojiStay() {
        assertEquals(" x 😀", TextSanitizer.sanitize("\uDE00x\uD83D😀"));
    }

    @Test
    void longTextIsCutWithoutSplittingAnEmoji() {
        String text = "a".repeat(TextSanitizer.MAX_CHARS - 1) + "😀tail";
        String clean = TextSanitizer.sanitize(text);
        assertEquals(TextSanitizer.MAX_CHARS - 1, clean.length());
    }

    @Test
    void cleanTextIsReturnedUnchanged() {
        String text = "Perfectly normal text.";
        assertEquals(text, TextSanitizer.sanitize(text));
    }
}
