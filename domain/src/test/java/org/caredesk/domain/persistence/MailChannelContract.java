package org.caredesk.domain.persistence;

import jakarta.mail.internet.MimeMessage;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The e-mail channel end to end at the domain level: cases opened, answered and resolved send the
 * consumer threaded mails through a real SMTP server; mails read back over IMAP land on the right case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MailChannelContract {
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final StaffMember agent = new StaffMember("dana." + run + "@example.com", false);
    MailHarness mail;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void setUp() {
        mail = new MailHarness(openDatabase());
        mail.jpa.inTransaction(m -> {
            m.persist(new UserAccount(agent.login(), null, Role.AGENT, agent.login(), null, mail.clock.instant()));
            return null;
        });
    }

    @AfterAll
    void tearDown() throws Exception {
        mail.close();
        mail.database.close();
    }

    @Test
    void aWebCaseIsAcknowledgedRepliedAndResolvedInOneThread() throws Exception {
        String consumer = "web." + run + "@example.com";
        CaseReceipt receipt = mail.jpa.inTransaction(em -> mail.intake.submit(new CaseSubmission("Kettle leaks",
                "My kettle leaks water\nall over the counter.", null, "Paola", consumer, null, "it"), Channel.WEB, null));
        mail.deliver();
        MimeMessage ack = only(consumer);
        assertEquals("[" + receipt.caseNumber() + "] Abbiamo ricevuto la tua richiesta: Kettle leaks", ack.getSubject());
        String ackText = text(ack);
        assertTrue(ackText.contains("https://caredesk.test/case-status.xhtml?case=" + receipt.caseNumber()
                + "&code=" + receipt.trackingCode()), ackText);
        assertTrue(ackText.contains("> My kettle leaks water\n> all over the counter."), ackText);
        assertEquals("auto-generated", ack.getHeader("Auto-Submitted", null));
        String ackId = ack.getMessageID();
        assertTrue(ackId.contains(receipt.caseNumber().toLowerCase()), ackId);

        long version = version(receipt.caseNumber());
        long afterReply = mail.jpa.inTransaction(em -> mail.work.reply(receipt.caseNumber(), version,
                "Le mandiamo un bollitore nuovo.", agent));
        mail.deliver();
        MimeMessage reply = newest(consumer);
        assertEquals("[" + receipt.caseNumber() + "] Re: Kettle leaks", reply.getSubject());
        assertTrue(text(reply).contains("Le mandiamo un bollitore nuovo."));
        assertEquals(ackId, reply.getHeader("In-Reply-To", null));
        assertEquals(ackId, reply.getHeader("References", null));
        assertNull(reply.getHeader("Auto-Submitted"), "a person wrote the reply");

        mail.jpa.inTransaction(em -> mail.work.changeStatus(receipt.caseNumber(), afterReply, CaseStatus.RESOLVED, agent));
        mail.deliver();
        MimeMessage resolved = newest(consumer);
        assertEquals("[" + receipt.caseNumber() + "] Pratica risolta: Kettle leaks", resolved.getSubject());
        assertEquals(ackId + " " + reply.getMessageID(), resolved.getHeader("References", null));
        assertTrue(text(resolved).contains("case-status.xhtml?case=" + receipt.caseNumber()));
    }

    @Test
    void aCaseWithoutAnAddressSendsNothing() {
        mail.jpa.inTransaction(em -> mail.intake.submit(new CaseSubmission("Anonymous", "No address given.",
                null, null, null, null, "en"), Channel.WEB, null));
        assertEquals(0, mail.pending());
    }

    static String text(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    long version(String caseNumber) {
        return mail.jpa.inTransaction(em -> em.createQuery("SELECT c.version FROM SupportCase c WHERE c.caseNumber = :n",
                Long.class).setParameter("n", caseNumber).getSingleResult());
    }

    MimeMessage only(String address) {
        List<MimeMessage> to = to(address);
        assertEquals(1, to.size(), "mails to " + address);
        return to.get(0);
    }

    MimeMessage newest(String address) {
        List<MimeMessage> to = to(address);
        assertFalse(to.isEmpty(), "no mail to " + address);
        return to.get(to.size() - 1);
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(mail.greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
