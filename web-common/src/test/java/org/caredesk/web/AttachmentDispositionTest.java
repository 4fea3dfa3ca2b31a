package org.caredesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentDispositionTest {

    @Test
    void filesAreDownloadsWithNamesThatCannotDisguiseThemselves() {
        assertEquals(
                "attachment; filename=\"invoicefdp.exe\"; filename*=UTF-8''invoicefdp.exe",
                AttachmentDisposition.of("invoice\u202Efdp.exe"));
        assertEquals(
                "attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf", AttachmentDisposition.of("a\"b.pdf"));
        assertEquals("attachment; filename=\"x.pdf\"; filename*=UTF-8''x.pdf", AttachmentDisposition.of("x\r\n.pdf"));
        assertEquals(
                "attachment; filename=\"caff_.jpg\"; filename*=UTF-8''caff%C3%A8.jpg",
                AttachmentDisposition.of("caffè.jpg"));
        assertEquals("attachment", AttachmentDisposition.cleanName("\u200B"));
    }
}
