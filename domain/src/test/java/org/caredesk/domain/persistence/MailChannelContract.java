package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.mail.inbound.MailboxReader;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The e-mail channel end to end at the domain level: cases opened, answered and resolved send the
 * consumer threaded mails through a real SMTP server; mails read back over IMAP land on the right case.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailChannelContract {
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final StaffMember agent = new StaffMember("dana." + run + "@example.com", false);
    MailHarness mail;

    /** The database of this run (the mail channel has its own harness around it: {@link MailHarness}). */
    @Parameter
    TestDatabase.Kind kind;

    @BeforeParameterizedClassInvocation
    void setUp() {
        mail = new MailHarness(kind.open());
        mail.jpa.inTransaction(m -> {
            m.persist(new UserAccount(agent.login(), null, Role.AGENT, agent.login(), null, mail.clock.instant()));
            return null;
        });
    }

    @AfterParameterizedClassInvocation
    void tearDown() throws Exception {
        mail.close();
        mail.database.close();
    }

    @Test
    void aWebCaseIsAcknowledgedRepliedAndResolvedInOneThread() throws Exception {
        String consumer = "web." + run + "@example.com";
        CaseReceipt receipt = mail.jpa.inTransaction(em -> mail.intake.submit(
                new CaseSubmission(
                        "Kettle leaks",
                        "My kettle leaks water\nall over the counter.",
                        null,
                        "Paola",
                        consumer,
                        null,
                        "it"),
                Channel.WEB,
                null));
        mail.deliver();
        MimeMessage ack = only(consumer);
        assertEquals(
                "[" + receipt.caseNumber() + "] Abbiamo ricevuto la tua richiesta: Kettle leaks", ack.getSubject());
        String ackText = text(ack);
        String ackCode = linkCode(ackText, receipt.caseNumber());
        assertTrue(
                mail.jpa
                        .inTransaction(em -> mail.queries.forTrackingCode(receipt.caseNumber(), ackCode))
                        .isPresent(),
                "the acknowledgement's link opens the case");
        assertTrue(ackText.contains("> My kettle leaks water\n> all over the counter."), ackText);
        assertEquals("auto-generated", ack.getHeader("Auto-Submitted", null));
        String ackId = ack.getMessageID();
        assertTrue(ackId.contains(receipt.caseNumber().toLowerCase()), ackId);

        long version = version(receipt.caseNumber());
        long afterReply = mail.jpa.inTransaction(
                em -> mail.work.reply(receipt.caseNumber(), version, "Le mandiamo un bollitore nuovo.", agent));
        mail.deliver();
        MimeMessage reply = newest(consumer);
        assertEquals("[" + receipt.caseNumber() + "] Re: Kettle leaks", reply.getSubject());
        assertTrue(text(reply).contains("Le mandiamo un bollitore nuovo."));
        String replyCode = linkCode(text(reply), receipt.caseNumber());
        assertNotEquals(ackCode, replyCode, "each mail links with a code of its own");
        assertTrue(
                mail.jpa
                        .inTransaction(em -> mail.queries.forTrackingCode(receipt.caseNumber(), replyCode))
                        .isPresent(),
                "the reply's link opens the case");
        CaseReceipt other = mail.jpa.inTransaction(em -> mail.intake.submit(
                new CaseSubmission("Other case", "Not Paola's.", null, null, null, null, "en"), Channel.WEB, null));
        assertTrue(
                mail.jpa
                        .inTransaction(em -> mail.queries.forTrackingCode(other.caseNumber(), replyCode))
                        .isEmpty(),
                "a mail's code opens only its own case");
        assertEquals(ackId, reply.getHeader("In-Reply-To", null));
        assertEquals(ackId, reply.getHeader("References", null));
        assertNull(reply.getHeader("Auto-Submitted"), "a person wrote the reply");

        mail.jpa.inTransaction(
                em -> mail.work.changeStatus(receipt.caseNumber(), afterReply, CaseStatus.RESOLVED, agent));
        mail.deliver();
        MimeMessage resolved = newest(consumer);
        assertEquals("[" + receipt.caseNumber() + "] Pratica risolta: Kettle leaks", resolved.getSubject());
        assertEquals(ackId + " " + reply.getMessageID(), resolved.getHeader("References", null));
        assertTrue(text(resolved).contains("case-status.xhtml?case=" + receipt.caseNumber()));
    }

    @Test
    void aCaseWithoutAnAddressSendsNothing() {
        mail.jpa.inTransaction(em -> mail.intake.submit(
                new CaseSubmission("Anonymous", "No address given.", null, null, null, null, "en"), Channel.WEB, null));
        assertEquals(0, mail.pending());
    }

    // ---- inbound ----

    @Test
    void aMailOpensACaseAndTheAcknowledgementArrivesThreaded() throws Exception {
        String consumer = "carla." + run + "@example.com";
        String id = "<first." + run + "@mail.example.com>";
        mail.arrive(plain(
                consumer,
                "Carla Rossi",
                id,
                "Blender stopped working",
                null,
                "Hello, my blender stopped working after two days.\n\nOn Mon, Bob wrote:\n> old quoted text"));
        MailboxReader.Report report = mail.drain();
        assertEquals(1, report.landed());

        Landed landed = landed(id);
        assertEquals("email", landed.channel());
        assertEquals(
                "Hello, my blender stopped working after two days.",
                landed.texts().get(0),
                "quote folded away");
        MimeMessage ack = only(consumer);
        assertTrue(ack.getSubject().startsWith("[" + landed.caseNumber() + "] "), ack.getSubject());
        assertEquals(id, ack.getHeader("In-Reply-To", null));
        assertEquals("auto-replied", ack.getHeader("Auto-Submitted", null));
        assertEquals(0, mail.drain().fetched(), "the mailbox is empty once its mails landed");
    }

    @Test
    void theConsumersAnswerByInReplyToLandsOnTheSameCaseAndAnAgentReplyArrives() throws Exception {
        String consumer = "dario." + run + "@example.com";
        String first = "<q1." + run + "@mail.example.com>";
        mail.arrive(plain(consumer, "Dario", first, "Toaster sparks", null, "My toaster sparks when I use it."));
        mail.drain();
        Landed landed = landed(first);
        MimeMessage ack = only(consumer);

        String answer = "<q2." + run + "@mail.example.com>";
        mail.arrive(plain(
                consumer,
                "Dario",
                answer,
                "Re: something else entirely",
                ack.getMessageID(),
                "Here is the serial number: 12345.\n\n-----Original Message-----\nFrom: CareDesk"));
        mail.drain();
        Landed again = landed(answer);
        assertEquals(landed.caseNumber(), again.caseNumber());
        assertEquals(List.of("My toaster sparks when I use it.", "Here is the serial number: 12345."), again.texts());
        assertEquals(1, to(consumer).size(), "a follow-up is not acknowledged again");

        long version = version(landed.caseNumber());
        mail.jpa.inTransaction(em -> mail.work.reply(landed.caseNumber(), version, "Please stop using it.", agent));
        mail.deliver();
        MimeMessage reply = newest(consumer);
        assertTrue(text(reply).contains("Please stop using it."));
        assertEquals(answer, reply.getHeader("In-Reply-To", null), "the reply answers the consumer's latest mail");
        assertTrue(reply.getHeader("References", null).contains(first));
    }

    @Test
    void anAnswerWithOnlyTheSubjectTokenLandsOnTheCase() throws Exception {
        String consumer = "elsa." + run + "@example.com";
        String first = "<t1." + run + "@mail.example.com>";
        mail.arrive(plain(consumer, null, first, "Heater smells", null, "It smells of burning."));
        mail.drain();
        Landed landed = landed(first);
        String second = "<t2." + run + "@other.example.com>";
        mail.arrive(plain(
                consumer.toUpperCase(),
                null,
                second,
                "Re: [" + landed.caseNumber() + "] Heater smells",
                null,
                "Still smells."));
        mail.drain();
        assertEquals(landed.caseNumber(), landed(second).caseNumber());
    }

    @Test
    void aForgedSubjectTokenFromAnotherAddressOpensANewCase() throws Exception {
        String victim = "fabio." + run + "@example.com";
        String first = "<f1." + run + "@mail.example.com>";
        mail.arrive(plain(victim, null, first, "Fridge noisy", null, "The fridge hums loudly."));
        mail.drain();
        Landed victimsCase = landed(first);
        String forged = "<f2." + run + "@evil.example.com>";
        mail.arrive(plain(
                "mallory." + run + "@evil.example.com",
                null,
                forged,
                "Re: [" + victimsCase.caseNumber() + "] Fridge noisy",
                "<" + "unknown@nowhere>",
                "Send me his address."));
        mail.drain();
        Landed other = landed(forged);
        assertNotEquals(victimsCase.caseNumber(), other.caseNumber());
        assertEquals(
                List.of("The fridge hums loudly."),
                landed(first).texts(),
                "nothing was written into the victim's case");
    }

    @Test
    void theSameMailFetchedTwiceIsStoredOnce() {
        String id = "<dup." + run + "@mail.example.com>";
        String raw = plain("gina." + run + "@example.com", null, id, "Twice", null, "Sent once, delivered twice.");
        mail.arrive(raw);
        mail.arrive(raw);
        MailboxReader.Report report = mail.drain();
        assertEquals(2, report.fetched());
        assertEquals(1, report.landed());
        assertEquals(1, report.duplicates());
        assertEquals(1L, (long) mail.jpa.inTransaction(
                em -> em.createQuery("SELECT COUNT(m) FROM InboundMail m WHERE m.messageId = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult()));
    }

    @Test
    void aMailWithoutMessageIdIsStoredOnceByItsContent() {
        String raw = "From: hugo." + run + "@example.com\r\nTo: " + MailHarness.SUPPORT
                + "\r\nSubject: No id\r\n\r\nNo Message-ID here.\r\n";
        mail.arrive(raw);
        mail.arrive(raw);
        MailboxReader.Report report = mail.drain();
        assertEquals(1, report.landed());
        assertEquals(1, report.duplicates());
    }

    @Test
    void anAutoReplyIsStoredButNeverAnswered() {
        String sender = "ivo." + run + "@example.com";
        String id = "<ooo." + run + "@mail.example.com>";
        mail.arrive(
                "From: " + sender + "\r\nTo: " + MailHarness.SUPPORT + "\r\nMessage-ID: " + id
                        + "\r\nSubject: Out of office\r\nAuto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n\r\nI am away until Monday.\r\n");
        mail.drain();
        Landed landed = landed(id);
        assertEquals(List.of("I am away until Monday."), landed.texts());
        assertEquals(0, to(sender).size(), "an auto-reply must not be answered");
        assertEquals("Auto-Submitted: auto-replied", landed.automatic());
    }

    @Test
    void isoLatin1TextAndRfc2047HeadersArriveIntact() {
        String id = "<latin1." + run + "@mail.example.com>";
        mail.arrive(
                "From: =?UTF-8?Q?Nicol=C3=B2_Bianchi?= <nicolo." + run + "@example.com>\r\nTo: " + MailHarness.SUPPORT
                        + "\r\nMessage-ID: " + id
                        + "\r\nSubject: =?ISO-8859-1?Q?Caff=E8_troppo_caldo?=\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                        + "La macchina del caff\u00e8 scotta: perch\u00e9?\r\n");
        assertEquals(1, mail.drain().landed());
        Landed landed = landed(id);
        assertEquals("Caff\u00e8 troppo caldo", landed.subject());
        assertEquals("Nicol\u00f2 Bianchi", landed.consumerName());
        assertEquals(List.of("La macchina del caff\u00e8 scotta: perch\u00e9?"), landed.texts());
    }

    @Test
    void aBounceIsNotAnswered() {
        String id = "<bounce." + run + "@mx.example.com>";
        mail.arrive("From: MAILER-DAEMON@mx.example.com\r\nTo: " + MailHarness.SUPPORT + "\r\nMessage-ID: " + id
                + "\r\nSubject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\r\n\r\n"
                + "--B1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                + "--B1\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--B1--\r\n");
        mail.drain();
        Landed landed = landed(id);
        assertEquals("delivery report (multipart/report)", landed.automatic());
        assertEquals(0, to("mailer-daemon@mx.example.com").size());
    }

    @Test
    void aBrokenMimeMailIsQuarantinedWhileTheNextLands() {
        mail.arrive("From: jan." + run + "@example.com\r\nTo: " + MailHarness.SUPPORT + "\r\nMessage-ID: <broken." + run
                + "@x>\r\nSubject: Broken\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\n"
                + "this body has no boundary line at all\r\n");
        String next = "<next." + run + "@mail.example.com>";
        mail.arrive(plain("kim." + run + "@example.com", null, next, "After the broken one", null, "I arrive fine."));
        MailboxReader.Report report = mail.drain();
        assertEquals(1, report.quarantined());
        assertEquals(1, report.landed());
        assertEquals(List.of("I arrive fine."), landed(next).texts());
        String reason = mail.jpa.inTransaction(em -> em.createQuery(
                        "SELECT m.reason FROM InboundMail m WHERE m.status = 'QUARANTINED' " + "ORDER BY m.id DESC",
                        String.class)
                .setMaxResults(1)
                .getSingleResult());
        assertTrue(reason.startsWith("broken MIME structure: "), reason);
        assertEquals(0, mail.drain().fetched(), "the broken mail left the inbox for the quarantine folder");
    }

    @Test
    void iso88591BodyAndRfc2047SubjectAndNameArriveIntact() {
        String id = "<latin." + run + "@mail.example.com>";
        byte[] raw = ("From: =?ISO-8859-1?Q?Nicol=F2_Bruni?= <nicolo." + run + "@example.com>\r\nTo: "
                        + MailHarness.SUPPORT
                        + "\r\nMessage-ID: " + id
                        + "\r\nSubject: =?UTF-8?B?UGVyY2jDqSBpbCBmb3JubyDDqCByb3R0bz8=?=\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                        + "Il forno =E8 rotto, la porta non si chiude pi=F9. Costo: 30 =80\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mail.arrive(raw);
        mail.drain();
        Landed landed = landed(id);
        assertEquals("Perché il forno è rotto?", landed.subject());
        assertEquals("Nicolò Bruni", landed.consumerName());
        assertEquals(List.of("Il forno è rotto, la porta non si chiude più. Costo: 30 €"), landed.texts());
    }

    @Test
    void aTenMegabyteAttachmentIsRefusedWithANoteWhileTheMailLands() {
        String id = "<big." + run + "@mail.example.com>";
        byte[] pdf = new byte[10 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, pdf, 0, 8);
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String raw = "From: lia." + run + "@example.com\r\nTo: " + MailHarness.SUPPORT + "\r\nMessage-ID: " + id
                + "\r\nSubject: Photos\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\n"
                + "--X\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe manual and a photo.\r\n"
                + "--X\r\nContent-Type: application/pdf; name=\"manual.pdf\"\r\nContent-Disposition: attachment; filename=\"manual.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pdf) + "\r\n"
                + "--X\r\nContent-Type: image/png\r\nContent-ID: <img1>\r\nContent-Disposition: inline; filename=\"photo.png\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(png) + "\r\n--X--\r\n";
        mail.arrive(raw);
        mail.drain();
        Landed landed = landed(id);
        assertEquals(
                "The manual and a photo.\n\n[Attachment refused: manual.pdf (10.0 MB) is larger than 5.0 MB]",
                landed.texts().get(0));
        assertEquals(List.of("photo.png"), landed.files(), "the inline image is kept");
    }

    @Test
    void automaticMailsToOneAddressAreCappedPerHour() {
        String sender = "flood." + run + "@example.com";
        for (int i = 0; i < 7; i++) {
            mail.arrive(plain(
                    sender, null, "<flood" + i + "." + run + "@x>", "Question " + i, null, "Question number " + i));
        }
        assertEquals(7, mail.drain().landed());
        assertEquals(5, to(sender).size(), "at most 5 automatic answers an hour to one address");
    }

    /** The cap counts an address however its mails write it: the count reads a lower-cased, indexed copy. */
    @Test
    void theCapOnAutomaticMailsIgnoresTheCaseOfTheAddress() {
        String sender = "mixed." + run + "@example.com";
        for (int i = 0; i < 7; i++) {
            String from = i % 2 == 0 ? sender : sender.toUpperCase(java.util.Locale.ROOT);
            mail.arrive(
                    plain(from, null, "<mixed" + i + "." + run + "@x>", "Mixed " + i, null, "Question number " + i));
        }
        assertEquals(7, mail.drain().landed());
        long answered = mail.jpa.inTransaction(
                em -> em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE LOWER(m.recipient) = :to", Long.class)
                        .setParameter("to", sender)
                        .getSingleResult());
        assertEquals(5, answered, "at most 5 automatic answers an hour to one address, whatever its case");
    }

    /**
     * "View original": the headers decoded, the whole text with the quoted history the case shows
     * folded away, the HTML sanitised, and the file kept with the case tied to the mail it came with.
     */
    @Test
    void theOriginalShowsDecodedHeadersTheWholeTextAndTheFileThatCameWithIt() {
        String id = "<original." + run + "@mail.example.com>";
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String raw = "From: =?UTF-8?Q?Jos=C3=A9?= <jose." + run + "@example.com>\r\nTo: " + MailHarness.SUPPORT
                + "\r\nMessage-ID: " + id
                + "\r\nSubject: =?UTF-8?Q?Il_forno_=C3=A8_rotto?=\r\nX-Note: folded\r\n line\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\n"
                + "--X\r\nContent-Type: multipart/alternative; boundary=\"Y\"\r\n\r\n"
                + "--Y\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nIt smokes.\r\n\r\nOn Monday, Shop wrote:\r\n> Thanks for your order\r\n"
                + "--Y\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p onclick=\"x()\">It <b>smokes</b>.</p><script>x()</script>\r\n--Y--\r\n"
                + "--X\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"smoke.png\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(png) + "\r\n--X--\r\n";
        mail.arrive(raw);
        mail.drain();
        Landed landed = landed(id);
        assertEquals(List.of("It smokes."), landed.texts(), "the case shows the reply without the quoted history");
        var status = new org.caredesk.domain.mail.inbound.MailboxStatus(mail.jpa.entityManager(), mail.clock);
        var original = mail.jpa.inTransaction(em -> {
            long contactId = em.createQuery("SELECT m.contactId FROM InboundMail m WHERE m.messageId = :id", Long.class)
                    .setParameter("id", id)
                    .getSingleResult();
            return status.original(contactId).orElseThrow();
        });
        assertEquals(landed.caseNumber(), original.caseNumber());
        assertTrue(
                original.headers()
                        .contains(
                                new org.caredesk.domain.mail.inbound.MailParser.Header("Subject", "Il forno è rotto")),
                original.headers().toString());
        assertTrue(
                original.headers()
                        .contains(new org.caredesk.domain.mail.inbound.MailParser.Header(
                                "From", "José <jose." + run + "@example.com>")),
                original.headers().toString());
        assertTrue(
                original.headers()
                        .contains(new org.caredesk.domain.mail.inbound.MailParser.Header("X-Note", "folded line")),
                original.headers().toString());
        assertEquals(
                "It smokes.\n\nOn Monday, Shop wrote:\n> Thanks for your order",
                original.text().replace("\r\n", "\n"));
        assertEquals("<p>It <b>smokes</b>.</p>", original.sanitisedHtml().strip());
        assertEquals(
                List.of("smoke.png"),
                original.attachments().stream().map(a -> a.fileName()).toList());
        var timeline = mail.jpa.inTransaction(em -> new org.caredesk.domain.cases.CaseDetails(
                        em, mail.queries, new org.caredesk.domain.cases.SlaTargets(em), mail.clock)
                .find(landed.caseNumber())
                .orElseThrow()
                .timeline());
        assertEquals(
                List.of(List.of("smoke.png")),
                timeline.stream()
                        .filter(e -> e.kind().equals("message"))
                        .map(e ->
                                e.attachments().stream().map(a -> a.fileName()).toList())
                        .toList(),
                "the file shows under the mail it came with");
    }

    /**
     * The development set of real and broken mails (../shared/data/mail-samples, skipped when absent):
     * each lands with readable text, or is quarantined with a reason; none blocks the others.
     */
    @Test
    void everyDevelopmentSampleLandsOrIsQuarantinedWithAReason() throws Exception {
        java.nio.file.Path dir =
                java.nio.file.Path.of(System.getProperty("caredesk.mail.samples", "../../shared/data/mail-samples"));
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir), "no mail samples at " + dir);
        List<java.nio.file.Path> samples;
        try (var files = java.nio.file.Files.list(dir)) {
            samples = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
        long quarantinedBefore = quarantinedCount();
        // A few samples are too broken for the mail server itself to store (two From headers): they
        // go through the reader's own handling of one mail, as if fetched.
        java.util.Map<org.caredesk.domain.mail.inbound.LandingOutcome.Kind, Integer> direct =
                new java.util.EnumMap<>(org.caredesk.domain.mail.inbound.LandingOutcome.Kind.class);
        int refusedByServer = 0;
        for (java.nio.file.Path sample : samples) {
            byte[] raw = java.nio.file.Files.readAllBytes(sample);
            try {
                mail.arrive(raw);
            } catch (RuntimeException serverRefused) {
                refusedByServer++;
                direct.merge(mail.reader.handle(raw), 1, Integer::sum);
            }
        }
        MailboxReader.Report fetched = mail.drain();
        MailboxReader.Report report = new MailboxReader.Report(
                fetched.fetched() + refusedByServer,
                fetched.landed() + direct.getOrDefault(org.caredesk.domain.mail.inbound.LandingOutcome.Kind.LANDED, 0),
                fetched.duplicates()
                        + direct.getOrDefault(org.caredesk.domain.mail.inbound.LandingOutcome.Kind.DUPLICATE, 0),
                fetched.quarantined()
                        + direct.getOrDefault(org.caredesk.domain.mail.inbound.LandingOutcome.Kind.QUARANTINED, 0));
        assertEquals(samples.size(), report.fetched());
        assertEquals(samples.size(), report.landed() + report.duplicates() + report.quarantined());
        assertEquals(0, mail.drain().fetched(), "every sample left the inbox");
        List<String> reasons = mail.jpa.inTransaction(em -> em.createQuery(
                        "SELECT m.reason FROM InboundMail m WHERE m.status = 'QUARANTINED' ORDER BY m.id DESC",
                        String.class)
                .setMaxResults(report.quarantined())
                .getResultList());
        assertTrue(reasons.stream().allMatch(r -> r != null && !r.isBlank()), "every quarantined mail says why");
        assertEquals(report.quarantined(), quarantinedCount() - quarantinedBefore);
        List<String> unreadable = mail
                .jpa
                .inTransaction(em -> em.createQuery(
                                "SELECT m.subject, k.body FROM Contact k, InboundMail m "
                                        + "WHERE m.contactId = k.id AND m.status = 'LANDED'",
                                Object[].class)
                        .getResultList())
                .stream()
                .filter(r -> ((String) r[1]).isBlank() || ((String) r[1]).contains("\uFFFD"))
                .map(r -> r[0] + ": " + ((String) r[1]).substring(0, Math.min(200, ((String) r[1]).length())))
                .toList();
        System.out.printf(
                "mail samples (%d refused by the mail server, handled directly): %d fetched, %d landed, %d duplicates (same Message-ID), %d quarantined %s%n",
                refusedByServer, report.fetched(), report.landed(), report.duplicates(), report.quarantined(), reasons);
        assertEquals(List.of(), unreadable, "landed text that is empty or holds replacement characters");
    }

    long quarantinedCount() {
        return mail.jpa.inTransaction(
                em -> em.createQuery("SELECT COUNT(m) FROM InboundMail m WHERE m.status = 'QUARANTINED'", Long.class)
                        .getSingleResult());
    }

    record Landed(
            String caseNumber,
            String channel,
            String subject,
            String consumerName,
            List<String> texts,
            List<String> files,
            String automatic) {}

    Landed landed(String messageId) {
        return mail.jpa.inTransaction(em -> {
            org.caredesk.domain.mail.inbound.InboundMail row = em.createQuery(
                            "SELECT m FROM InboundMail m WHERE m.messageId = :id",
                            org.caredesk.domain.mail.inbound.InboundMail.class)
                    .setParameter("id", messageId)
                    .getSingleResult();
            org.caredesk.domain.cases.SupportCase c =
                    em.find(org.caredesk.domain.cases.SupportCase.class, row.getCaseId());
            List<String> texts = em.createQuery(
                            "SELECT k.body FROM Contact k WHERE k.supportCase = :c ORDER BY k.id", String.class)
                    .setParameter("c", c)
                    .getResultList();
            List<String> files = em.createQuery(
                            "SELECT a.fileName FROM Attachment a WHERE a.supportCase = :c ORDER BY a.id", String.class)
                    .setParameter("c", c)
                    .getResultList();
            return new Landed(
                    c.getCaseNumber(),
                    c.getChannel().wireName(),
                    c.getSubject(),
                    c.getConsumerDetails().name(),
                    texts,
                    files,
                    row.getAutomatic());
        });
    }

    static String plain(String from, String name, String messageId, String subject, String inReplyTo, String body) {
        return "From: " + (name == null ? from : "\"" + name + "\" <" + from + ">") + "\r\nTo: " + MailHarness.SUPPORT
                + "\r\nMessage-ID: " + messageId + "\r\nSubject: " + subject + "\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n")
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body.replace("\n", "\r\n")
                + "\r\n";
    }

    /** The tracking code in a mail's link to the case. */
    static String linkCode(String text, String caseNumber) {
        var link = java.util.regex.Pattern.compile("https://caredesk\\.test/case-status\\.xhtml\\?case="
                        + java.util.regex.Pattern.quote(caseNumber) + "&code=([A-Z0-9]+)")
                .matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    static String text(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    long version(String caseNumber) {
        return mail.jpa.inTransaction(
                em -> em.createQuery("SELECT c.version FROM SupportCase c WHERE c.caseNumber = :n", Long.class)
                        .setParameter("n", caseNumber)
                        .getSingleResult());
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
        return Arrays.stream(mail.greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
