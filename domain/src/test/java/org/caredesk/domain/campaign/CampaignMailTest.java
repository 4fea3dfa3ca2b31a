package org.caredesk.domain.campaign;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.caredesk.domain.mail.MailThreading;
import org.caredesk.domain.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

class CampaignMailTest {
    private final CampaignMail mail = new CampaignMail("https://care.example.com");

    @Test
    void linksAreNumberedInOrderAndEndBeforeClosingPunctuation() {
        assertEquals(
                List.of("https://a.example/x?y=1", "http://b.example/"),
                CampaignMail.links("See (https://a.example/x?y=1) or <http://b.example/> now."));
    }

    @Test
    void everyLinkGoesThroughTheCounterAndThePersonsNameAndTheUnsubscribeLinkAreIn() {
        OutgoingMail written = mail.write(
                "ann@example.com",
                new CampaignText("News", "Hi {firstName}, see https://shop.example/a and https://shop.example/b"),
                "Ann",
                "7.sig",
                "<campaign.7.x@caredesk>",
                false);
        assertEquals(
                "Hi Ann, see https://care.example.com/api/v1/campaign-mail/7.sig/click/0 and"
                        + " https://care.example.com/api/v1/campaign-mail/7.sig/click/1\n\n-- \n"
                        + "No longer want these messages? Unsubscribe: https://care.example.com/unsubscribe.xhtml?t=7.sig\n",
                written.text());
        assertEquals("https://care.example.com/api/v1/campaign-mail/7.sig/unsubscribe", written.listUnsubscribe());
        assertEquals("<campaign.7.x@caredesk>", written.threading().messageId());
        assertEquals(MailThreading.AUTO_GENERATED, written.threading().autoSubmitted());
        assertTrue(written.html().contains("<img src=\"https://care.example.com/api/v1/campaign-mail/7.sig/open\""));
    }

    @Test
    void theHtmlPartEscapesWhatTheSupervisorWrote() {
        OutgoingMail written = mail.write(
                "ann@example.com",
                new CampaignText("News", "<script>alert(1)</script> & \"quotes\""),
                "<b>Ann</b>",
                "7.sig",
                "<m@x>",
                true);
        assertFalse(written.html().contains("<script>"), written.html());
        assertTrue(written.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertTrue(written.html().startsWith("<!DOCTYPE html><html lang=\"it\">"));
        assertTrue(written.text().contains("Annulla l'iscrizione"));
    }
}
