package org.caredesk.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void recognisesJpegPngAndPdfByTheirFirstBytes() {
        assertEquals(
                Optional.of(AttachmentType.JPEG),
                AttachmentType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(
                Optional.of(AttachmentType.PNG),
                AttachmentType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(
                Optional.of(AttachmentType.PDF),
                AttachmentType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesEverythingElseWhateverItClaims() {
        assertEquals(Optional.empty(), AttachmentType.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), AttachmentType.sniff(new byte[] {'M', 'Z', 0, 0}), "a Windows program");
        assertEquals(Optional.empty(), AttachmentType.sniff(new byte[] {(byte) 0x89, 'P', 'N'}), "cut short");
        assertEquals(Optional.empty(), AttachmentType.sniff(new byte[0]));
        assertEquals(Optional.empty(), AttachmentType.sniff(null));
    }

    @Test
    void theStoredNameHasNoPathNoQuotesAndTheTrueExtension() {
        assertEquals("receipt.pdf", Attachments.safeName("C:\\Users\\me\\receipt.exe", AttachmentType.PDF));
        assertEquals("photo.png", Attachments.safeName("../../photo.png", AttachmentType.PNG));
        assertEquals("ab.jpg", Attachments.safeName("a\"b;\r\n.jpg", AttachmentType.JPEG));
        assertEquals("attachment.jpg", Attachments.safeName(null, AttachmentType.JPEG));
        assertEquals("attachment.png", Attachments.safeName(".png", AttachmentType.PNG));
    }
}
