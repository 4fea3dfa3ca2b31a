package org.caredesk.domain.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void ordinaryTextWithLineBreaksTabsAccentsAndEmojiIsFine() {
        assertEquals(Optional.empty(), PlainText.problem("Caffè\tbollitore\r\nrotto 😞"));
    }

    @Test
    void nulControlCharactersAndUnpairedSurrogatesAreNamed() {
        assertEquals(Optional.of("contains a NUL character"), PlainText.problem("a\u0000b"));
        assertEquals(Optional.of("contains a control character (U+001B)"), PlainText.problem("a\u001B[31mred"));
        assertEquals(Optional.of("contains a control character (U+0085)"), PlainText.problem("a\u0085b"));
        assertEquals(Optional.of("contains an unpaired surrogate (U+D800)"), PlainText.problem("a\uD800b"));
        assertEquals(Optional.of("contains an unpaired surrogate (U+DC00)"), PlainText.problem("\uDC00"));
        assertEquals(Optional.of("contains an unpaired surrogate (U+D83D)"), PlainText.problem("end \uD83D"));
    }

    @Test
    void formsGetTheTextCleanedAndComposed() {
        assertEquals("ab 😞 café", PlainText.cleaned("a\u0000b\u0007 \uD800😞 cafe\u0301"));
        assertEquals("line\nnext", PlainText.cleaned("line\nnext"));
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        assertEquals(Optional.of("é"), PlainText.decodeUtf8("é".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PlainText.decodeUtf8(new byte[] {'a', (byte) 0xC3, '(', 'b'}));
        assertEquals(
                Optional.empty(),
                PlainText.decodeUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                "an encoded surrogate is not UTF-8");
    }
}
