package org.caredesk.domain.persistence;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.caredesk.domain.cases.CaseEvent;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.MailSettings;
import org.caredesk.domain.mail.MailboxSettings;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutgoingMail;
import org.caredesk.domain.mail.SmtpSender;
import org.caredesk.domain.mail.inbound.LandingOutcome;
import org.caredesk.domain.mail.inbound.MailAttachments;
import org.caredesk.domain.mail.inbound.MailLanding;
import org.caredesk.domain.mail.inbound.MailboxReader;
import org.caredesk.domain.mail.inbound.ParsedMail;
import org.caredesk.domain.mail.notice.CaseNotices;
import org.caredesk.domain.mail.notice.MailTemplates;
import org.caredesk.domain.mail.notice.PublicLinks;
import org.caredesk.domain.mail.thread.MailThreads;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.product.ProductCatalogue;

/**
 * The e-mail channel wired by hand as CDI would wire it, on a test database, with a real GreenMail
 * server (SMTP and IMAP on free loopback ports) for both directions. Queued mails are delivered
 * when the test says so ({@link #deliver()}), after the transaction that queued them committed.
 */
final class MailHarness implements AutoCloseable {
    static final String SUPPORT = "support@caredesk.test";
    private static final jakarta.mail.Session ARRIVAL = jakarta.mail.Session.getInstance(new java.util.Properties());
    final Clock clock = Clock.systemUTC();
    final TestDatabase database;
    final JpaHarness jpa;
    final GreenMail greenMail;
    final MailSettings smtp;
    final MailOutbox outbox;
    final CaseIntake intake;
    final CaseWork work;
    final CaseQueries queries;
    final MailThreads threads;
    final MailTemplates templates;
    final CaseNotices notices;
    final MailLanding landing;
    final MailboxReader reader;
    private final List<Long> queued = new ArrayList<>();
    /** The container delivers after commit on another thread; a benchmark of reading leaves the outbox queued. */
    boolean deliverAfterLanding = true;

    MailHarness(TestDatabase database) {
        this.database = database;
        this.greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        greenMail.start();
        greenMail.setUser(SUPPORT, SUPPORT, "secret");
        this.jpa = new JpaHarness(database);
        var em = jpa.entityManager();
        this.smtp = new MailSettings(
                "127.0.0.1", greenMail.getSmtp().getPort(), null, null, "CareDesk <" + SUPPORT + ">", false);
        this.outbox = new MailOutbox(em, clock);
        Mailer mailer = new Mailer(
                outbox, smtp, CareDeskSettings.from(n -> null), new Recording<>(e -> queued.add(e.outboxId())));
        this.threads = new MailThreads(em, smtp, clock);
        this.templates = new MailTemplates(em);
        this.notices =
                new CaseNotices(em, threads, templates, mailer, new PublicLinks("https://caredesk.test"), clock, 5);
        FeedPublisher feed = new FeedPublisher(em, clock);
        this.queries = new CaseQueries(em);
        this.intake = new CaseIntake(
                em,
                new CaseNumbers(em, database.settings()),
                new ProductCatalogue(em),
                new ContactTagger(),
                feed,
                clock,
                this::dispatch);
        this.work = new CaseWork(em, queries, feed, clock, this::dispatch);
        this.landing = new MailLanding(
                em, intake, new ContactTagger(), feed, threads, notices, new MailAttachments(em), clock, SUPPORT, null);
        this.reader = new MailboxReader(
                new MailboxSettings("imap", "127.0.0.1", greenMail.getImap().getPort(), SUPPORT, "secret", "INBOX", 1),
                new TransactionalSink());
    }

    /** MailLanding as the container runs it: each call its own committed transaction, queued mail sent after. */
    private final class TransactionalSink implements MailboxReader.Sink {
        @Override
        public boolean known(String dedupKey) {
            return jpa.inTransaction(em -> landing.known(dedupKey));
        }

        @Override
        public LandingOutcome land(ParsedMail mail) {
            LandingOutcome outcome = jpa.inTransaction(em -> landing.land(mail));
            if (deliverAfterLanding) {
                deliver();
            }
            return outcome;
        }

        @Override
        public void quarantine(String dedupKey, String reason, byte[] raw) {
            jpa.inTransaction(em -> {
                landing.quarantine(dedupKey, reason, raw);
                return null;
            });
        }
    }

    /** Puts a raw mail into the support mailbox's INBOX, as an SMTP delivery would. */
    void arrive(String raw) {
        arrive(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    void arrive(byte[] raw) {
        try {
            greenMail
                    .getUserManager()
                    .getUser(SUPPORT)
                    .deliver(new jakarta.mail.internet.MimeMessage(ARRIVAL, new java.io.ByteArrayInputStream(raw)));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    MailboxReader.Report drain() {
        try {

            return reader.drain();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What CDI does with a case event: calls the observers, here the mail notices. */
    private void dispatch(CaseEvent event) {
        try {
            String method = event instanceof CaseEvent.Opened
                    ? "onOpened"
                    : event instanceof CaseEvent.AgentReplied ? "onReplied" : "onResolved";
            var observer = CaseNotices.class.getDeclaredMethod(method, event.getClass());
            observer.setAccessible(true);
            observer.invoke(notices, event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands every committed, queued mail to the SMTP server, as MailDelivery does after commit. */
    void deliver() {
        List<Long> ids = List.copyOf(queued);
        queued.clear();
        for (long id : ids) {
            OutgoingMail mail = jpa.inTransaction(em -> outbox.claim(id)).orElseThrow();
            try {
                new SmtpSender(smtp).send(mail);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
            jpa.inTransaction(em -> {
                outbox.markSent(id);
                return null;
            });
        }
    }

    int pending() {
        return queued.size();
    }

    @Override
    public void close() {
        reader.close();
        greenMail.stop();
        jpa.close();
    }

    /** A CDI event that hands what is fired to a consumer. */
    static final class Recording<T> implements Event<T> {
        private final java.util.function.Consumer<T> sink;

        Recording(java.util.function.Consumer<T> sink) {
            this.sink = sink;
        }

        @Override
        public void fire(T event) {
            sink.accept(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
