package org.caredesk.domain.mail;

import static org.junit.jupiter.api.Assertions.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real SMTP: GreenMail listens in-process and receives what the sender hands over. */
class SmtpSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void aMailReachesTheServerWithItsSubjectTextAndSender() throws Exception {
        MailSettings settings = new MailSettings(
                "127.0.0.1", SMTP.getSmtp().getPort(), null, null, "CareDesk <help@caredesk.test>", false);

        new SmtpSender(settings)
                .send(new OutgoingMail(
                        "alice@example.com",
                        "Verifica il tuo indirizzo",
                        "Apri questo link: https://caredesk.test/verify?t=abc — grazie!"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Verifica il tuo indirizzo", received[0].getSubject());
        assertEquals("alice@example.com", received[0].getAllRecipients()[0].toString());
        assertEquals("CareDesk <help@caredesk.test>", received[0].getFrom()[0].toString());
        assertEquals(
                "Apri questo link: https://caredesk.test/verify?t=abc — grazie!",
                ((String) received[0].getContent()).strip());
    }

    @Test
    void aCampaignMailCarriesItsHtmlAlternativeAndTheOneClickUnsubscribeHeaders() throws Exception {
        MailSettings settings =
                new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), null, null, "help@caredesk.test", false);

        new SmtpSender(settings)
                .send(new OutgoingMail(
                        "bob@example.com",
                        "Winter news",
                        "Plain text",
                        new MailThreading("<campaign.1.ab@caredesk>", null, null, MailThreading.AUTO_GENERATED, null),
                        "<p>Html text</p>",
                        "https://care.example.com/api/v1/campaign-mail/1.sig/unsubscribe"));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals(
                "<https://care.example.com/api/v1/campaign-mail/1.sig/unsubscribe>",
                received.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post", null));
        assertEquals("<campaign.1.ab@caredesk>", received.getMessageID());
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) received.getContent();
        assertTrue(received.getContentType().startsWith("multipart/alternative"), received.getContentType());
        assertEquals("Plain text", ((String) parts.getBodyPart(0).getContent()).strip());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Html text</p>", ((String) parts.getBodyPart(1).getContent()).strip());
    }

    @Test
    void anUnreachableServerIsAnError() {
        MailSettings settings = new MailSettings("127.0.0.1", 1, null, null, "help@caredesk.test", false);
        assertThrows(MessagingException.class, () -> new SmtpSender(settings)
                .send(new OutgoingMail("bob@example.com", "s", "t")));
    }
}
