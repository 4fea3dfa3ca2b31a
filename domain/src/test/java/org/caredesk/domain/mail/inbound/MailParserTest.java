package org.caredesk.domain.mail.inbound;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.mail.MailboxSettings;
import org.caredesk.domain.mail.thread.SubjectToken;
import org.junit.jupiter.api.Test;

/** The parts of reading a mail that need no server: charsets, HTML, quotes, loops, settings. */
class MailParserTest {

    private static ParsedMail parse(String raw) throws UnparseableMail {
        return MailParser.parse(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void htmlOnlyMailIsReducedToTextAndItsScriptNeverSurvivesSanitising() throws Exception {
        ParsedMail mail = parse("From: a@example.com\r\nSubject: x\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><head><style>p{}</style></head><body><p>Hello&nbsp;there</p><script>alert(1)</script>"
                + "<p>Second &amp; last <a href=\"javascript:alert(2)\">line</a></p></body></html>");
        assertEquals("Hello there\nSecond & last line", mail.text());
        String safe = HtmlText.sanitised(mail.html());
        assertFalse(safe.contains("script") || safe.contains("javascript"), safe);
        assertTrue(safe.contains("Hello"), safe);
    }

    @Test
    void windows1252AndUtf7AndKoreanCharsetsAreRead() {
        assertEquals(
                "“quoted” – €",
                MailCharsets.decode(
                        new byte[] {
                            (byte) 0x93, 'q', 'u', 'o', 't', 'e', 'd', (byte) 0x94, ' ', (byte) 0x96, ' ', (byte) 0x80
                        },
                        "iso-8859-1"));
        assertEquals(
                "Hi Mom -☺-!", MailCharsets.decode("Hi Mom -+Jjo--!".getBytes(StandardCharsets.US_ASCII), "UTF-7"));
        assertEquals("日本語", MailCharsets.decode("+ZeVnLIqe-".getBytes(StandardCharsets.US_ASCII), "unicode-1-1-utf-7"));
        assertEquals(
                "안녕",
                MailCharsets.decode(
                        "안녕".getBytes(java.nio.charset.Charset.forName("x-windows-949")), "ks_c_5601-1987"));
        assertEquals("è", MailCharsets.decode("è".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void quotedHistoryIsFoldedInEnglishAndItalianAndOutlookStyle() {
        assertEquals(
                "Yes, thanks.", QuotedHistory.fold("Yes, thanks.\n\nOn Tue, 3 Dec 2026, CareDesk <s@x> wrote:\n> old"));
        assertEquals(
                "Sì, grazie.",
                QuotedHistory.fold("Sì, grazie.\n\nIl giorno mar 3 dic 2026, CareDesk ha scritto:\n> vecchio"));
        assertEquals("Done.", QuotedHistory.fold("Done.\n\nFrom: CareDesk\nSent: Monday\nTo: me\nSubject: x\n\nold"));
        assertEquals("> only a quote", QuotedHistory.fold("> only a quote"), "a bare quote is kept whole");
    }

    @Test
    void automaticMailIsRecognisedByEachSign() throws Exception {
        assertEquals(
                "Precedence: bulk",
                parse("From: a@example.com\r\nPrecedence: bulk\r\n\r\nx").automatic());
        assertEquals(
                "X-Auto-Response-Suppress",
                parse("From: a@example.com\r\nX-Auto-Response-Suppress: All\r\n\r\nx")
                        .automatic());
        assertEquals(
                "sender postmaster@example.com",
                parse("From: postmaster@example.com\r\n\r\nx").automatic());
        assertNull(parse("From: a@example.com\r\nAuto-Submitted: no\r\n\r\nx").automatic());
    }

    @Test
    void aMultipartWithoutItsBoundaryIsRefusedWithTheReason() {
        UnparseableMail refused = assertThrows(
                UnparseableMail.class,
                () -> parse("From: a@example.com\r\n"
                        + "Content-Type: multipart/mixed; boundary=zzz\r\n\r\nno parts here\r\n"));
        assertEquals("broken MIME structure: Missing start boundary", refused.getMessage());
    }

    @Test
    void threadIdsComeFromReferencesAndInReplyTo() throws Exception {
        ParsedMail mail = parse("From: A <A@Example.com>\r\nMessage-ID: <m3@x>\r\nReferences: <m1@x> <m2@x>\r\n"
                + "In-Reply-To: <m2@x>\r\n\r\nx");
        assertEquals(List.of("<m1@x>", "<m2@x>"), mail.threadIds());
        assertEquals("a@example.com", mail.from());
        assertTrue(mail.dedupKey().startsWith("mid:<m3@x>|"), mail.dedupKey());
    }

    @Test
    void subjectTokensAndMailboxUrls() {
        assertEquals(Optional.of("CD-100123"), SubjectToken.find("Re: [cd-100123] Kettle"));
        assertEquals("Re: [CD-1] x", SubjectToken.tag("CD-1", "Re: [CD-1] x"));
        assertEquals("[CD-1] Kettle", SubjectToken.tag("CD-1", " Kettle "));
        MailboxSettings s =
                MailboxSettings.parse("imaps://support%40acme.example:s%3Acret@imap.acme.example/INBOX", 30);
        assertEquals("support@acme.example", s.user());
        assertEquals("s:cret", s.password());
        assertEquals(993, s.port());
        assertFalse(s.toString().contains("cret"), "the password never shows");
        IllegalStateException bad =
                assertThrows(IllegalStateException.class, () -> MailboxSettings.parse("pop3://a:b@h/", 30));
        assertEquals("CAREDESK_IMAP_URL must start with imap:// or imaps://", bad.getMessage());
    }
}
