package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The e-mail channel end to end in headless Chromium: a consumer's mail sent over SMTP into the
 * tests' mail server is read by CareDesk over IMAP and appears live in the open console queue (no
 * reload); on the case the timeline shows the mail's sender and recipient, and "view original"
 * shows its headers and its HTML sanitised; the acknowledgement reaches the consumer threaded.
 */
@ExtendWith(RunningCareDesk.class)
class MailToConsoleIT {
    private final CareDesk app;

    MailToConsoleIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aMailAppearsLiveInTheQueueAndOnTheCaseWithItsOriginal() throws MessagingException {
        String marker = Api.unique("Kettle mail");
        String sender = "mail-it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String messageId = "<" + UUID.randomUUID() + "@consumer.example>";
        try (Browser agent = Browser.open(app)) {
            signIn(agent);
            agent.script("window.caredeskNoReload = 'same page';");

            long sent = System.nanoTime();
            Mailbox.shared().send(consumerMail(sender, messageId, marker));

            WebElement row = agent.waitFor("the mail's case live in the queue", d -> queueRow(agent, marker)
                    .orElse(null));
            // The figure behind issue 20's "within the poll interval plus one second" (docs/benchmarks.md); never
            // asserted.
            System.out.printf(
                    "Mail to console queue: %d ms from SMTP to the row on the open page (poll interval 2 s, IDLE where offered)%n",
                    (System.nanoTime() - sent) / 1_000_000);
            String caseNumber = row.findElement(By.cssSelector("td.case-number a"))
                    .getText()
                    .trim();
            assertTrue(caseNumber.startsWith("CD-"), caseNumber);
            assertTrue(
                    row.findElement(By.cssSelector("td.case-channel")).getText().contains("E-mail"), row.getText());
            assertEquals("same page", agent.script("return window.caredeskNoReload;"), "the queue was reloaded");

            agent.go("/console/case.xhtml?number=" + caseNumber);
            WebElement mailLine = agent.visible(By.cssSelector(".timeline-mail"));
            assertTrue(mailLine.getText().contains(sender), mailLine.getText());
            assertTrue(mailLine.getText().contains(Mailbox.SUPPORT), mailLine.getText());
            assertTrue(
                    agent.find(By.cssSelector("ol.timeline")).getText().contains("the kettle leaks"),
                    "the mail's text on the timeline");

            mailLine.findElement(By.cssSelector("a.view-original")).click();
            agent.waitFor("the original", d -> d.getCurrentUrl().contains("mail-original.xhtml"));
            assertEquals(sender, agent.visible(By.id("originalFrom")).getText().trim());
            assertEquals(marker, agent.find(By.id("originalSubject")).getText().trim());
            String headers = agent.find(By.id("originalHeaders")).getText();
            assertTrue(headers.contains("Message-ID") && headers.contains(messageId), headers);
            WebElement html = agent.find(By.id("originalHtml"));
            assertTrue(html.getText().contains("the kettle leaks"), html.getText());
            assertTrue(html.findElements(By.tagName("script")).isEmpty(), "a script survived sanitising");
            assertTrue(html.findElements(By.tagName("img")).isEmpty(), "an image survived sanitising");
            assertEquals(Boolean.FALSE, agent.script("return window.mailScriptRan === true;"), "the mail's script ran");
            assertEquals(caseNumber, agent.find(By.id("backToCase")).getText().replaceAll(".* ", ""));

            MimeMessage acknowledgement = Mailbox.shared().awaitMessage(sender, "[" + caseNumber + "]");
            assertEquals(messageId, acknowledgement.getHeader("In-Reply-To", null));
        }
    }

    @Test
    void anUnknownOriginalShowsAFriendlyPage() {
        try (Browser agent = Browser.open(app)) {
            signIn(agent);
            agent.go("/console/mail-original.xhtml?contact=not-a-number");
            assertEquals(
                    "No such e-mail", agent.visible(By.tagName("h1")).getText().trim());
            agent.go("/console/mail-original.xhtml?contact=999999999");
            assertEquals(
                    "No such e-mail", agent.visible(By.tagName("h1")).getText().trim());
        }
    }

    /** A consumer's mail as a mail program writes it: plain text and HTML alternatives, the HTML with a script and a tracking image. */
    private static MimeMessage consumerMail(String sender, String messageId, String subject) throws MessagingException {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mail.setFrom(new InternetAddress(sender, false));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(Mailbox.SUPPORT));
        mail.setSubject(subject, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hello, the kettle leaks from the bottom since yesterday.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(
                "<p>Hello, <b>the kettle leaks</b> from the bottom since yesterday.</p>"
                        + "<script>window.mailScriptRan = true;</script><img src=\"https://tracker.example/p.gif\">",
                "text/html; charset=UTF-8");
        mail.setContent(new MimeMultipart("alternative", text, html));
        mail.saveChanges();
        return mail;
    }

    private static Optional<WebElement> queueRow(Browser agent, String subject) {
        return agent.driver().findElements(By.cssSelector("[id='queueForm:queue'] tbody tr")).stream()
                .filter(tr ->
                        !tr.findElements(By.cssSelector("td.case-subject")).isEmpty()
                                && tr.findElement(By.cssSelector("td.case-subject"))
                                        .getText()
                                        .contains(subject))
                .findFirst();
    }

    private static void signIn(Browser browser) {
        browser.go("/console/login.xhtml?next=/index.xhtml");
        browser.visible(By.id("loginForm:email")).sendKeys(AGENT);
        browser.find(By.id("loginForm:password")).sendKeys(AGENT_PASSWORD);
        browser.find(By.id("loginForm:signIn")).click();
        browser.waitFor("the queue after signing in", d -> d.getCurrentUrl().contains("/console/index.xhtml"));
        // Newest first: the queue shows 50 a page, and the mailed case must be on the first.
        browser.go("/console/index.xhtml?sort=received&dir=desc");
        browser.waitFor("the live feed connected", d -> !d.findElements(By.cssSelector("#feedStatus.online"))
                .isEmpty());
    }
}
