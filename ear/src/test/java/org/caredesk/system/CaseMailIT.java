package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 item 4 on the running application: a case opened with an e-mail address is acknowledged by
 * mail, and an agent's reply and the resolution are mailed in the same thread, through the tests' real
 * mail server. (MailChannelContract checks the mails' every header and link on H2 and PostgreSQL.)
 */
@ExtendWith(RunningCareDesk.class)
class CaseMailIT {
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    /**
     * Bob, not alice: machine-written mails (acknowledgement, resolution) are capped at five an hour per
     * address, and the other tests open many cases as alice.
     */
    private static final String BOB = "bob@example.com";

    private final Api api;

    CaseMailIT(CareDesk app) {
        this.api = new Api(app);
    }

    @BeforeAll
    static void mailServerListening() {
        Mailbox.shared(); // listening before the app sends its first mail
    }

    @Test
    void aCaseIsAcknowledgedAnsweredAndResolvedByMailInOneThread() throws MessagingException {
        String subject = Api.unique("Kettle lid");
        HttpResponse<String> opened = api.postJson(
                "/api/v1/cases",
                jakarta.json.Json.createObjectBuilder()
                        .add("subject", subject)
                        .add("message", "The lid of my kettle does not close.")
                        .add("language", "en") // bob's profile is Italian; the case's language picks the mails'
                        .build()
                        .toString(),
                basic(BOB, "bob-demo"));
        assertEquals(201, opened.statusCode(), opened.body());
        String number = object(opened).getString("caseNumber");
        MimeMessage ack = Mailbox.shared().awaitMessage(BOB, "[" + number + "] We have received your request");
        assertEquals("[" + number + "] We have received your request: " + subject, ack.getSubject());
        assertTrue(
                Mailbox.text(ack).contains("The lid of my kettle does not close."),
                "the acknowledgement quotes the message: " + Mailbox.text(ack));

        String path = "/console/api/v1/cases/" + number;
        long version = object(api.get(path, AS_AGENT)).getJsonNumber("version").longValue();
        String answer = "Press the lid down until it clicks. " + Api.unique("reply");
        HttpResponse<String> replied =
                api.postJson(path + "/replies", "{\"version\":" + version + ",\"text\":\"" + answer + "\"}", AS_AGENT);
        assertEquals(200, replied.statusCode(), replied.body());
        MimeMessage reply = Mailbox.shared().awaitMessage(BOB, "[" + number + "] Re: " + subject);
        assertTrue(Mailbox.text(reply).contains(answer), Mailbox.text(reply));
        assertEquals(ack.getMessageID(), reply.getHeader("In-Reply-To", null), "the reply answers the acknowledgement");

        long afterReply = object(replied).getJsonNumber("version").longValue();
        HttpResponse<String> resolved = api.send(api.request(path + "/status")
                .header("Content-Type", "application/json")
                .header("Authorization", AS_AGENT)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":" + afterReply + ",\"status\":\"resolved\"}"))
                .build());
        assertEquals(200, resolved.statusCode(), resolved.body());
        MimeMessage done = Mailbox.shared().awaitMessage(BOB, "[" + number + "] Case resolved: " + subject);
        assertEquals(
                ack.getMessageID() + " " + reply.getMessageID(),
                done.getHeader("References", null),
                "the resolution joins the same thread");
    }
}
