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
    void anUnreachableServerIsAnError() {
        MailSettings settings = new MailSettings("127.0.0.1", 1, null, null, "help@caredesk.test", false);
        assertThrows(MessagingException.class, () -> new SmtpSender(settings)
                .send(new OutgoingMail("bob@example.com", "s", "t")));
    }
}
