package org.caredesk.domain.persistence;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.caredesk.domain.cases.CaseEvent;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.MailQueued;
import org.caredesk.domain.mail.MailSettings;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutgoingMail;
import org.caredesk.domain.mail.SmtpSender;
import org.caredesk.domain.mail.notice.CaseNotices;
import org.caredesk.domain.mail.notice.MailTemplates;
import org.caredesk.domain.mail.notice.PublicLinks;
import org.caredesk.domain.mail.thread.MailThreads;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.product.ProductCatalogue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The e-mail channel wired by hand as CDI would wire it, on a test database, with a real GreenMail
 * server (SMTP and IMAP on free loopback ports) for both directions. Queued mails are delivered
 * when the test says so ({@link #deliver()}), after the transaction that queued them committed.
 */
final class MailHarness implements AutoCloseable {
    static final String SUPPORT = "support@caredesk.test";
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
    private final List<Long> queued = new ArrayList<>();

    MailHarness(TestDatabase database) {
        this.database = database;
        this.greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        greenMail.setUser(SUPPORT, SUPPORT, "secret");
        this.jpa = new JpaHarness(database);
        var em = jpa.entityManager();
        this.smtp = new MailSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null,
                "CareDesk <" + SUPPORT + ">", false);
        this.outbox = new MailOutbox(em, clock);
        Mailer mailer = new Mailer(outbox, smtp, CareDeskSettings.from(n -> null), new Recording<>(e -> queued.add(e.outboxId())));
        this.threads = new MailThreads(em, smtp, clock);
        this.templates = new MailTemplates(em);
        this.notices = new CaseNotices(em, threads, templates, mailer, new PublicLinks("https://caredesk.test"), clock, 5);
        FeedPublisher feed = new FeedPublisher(em, clock);
        this.queries = new CaseQueries(em);
        this.intake = new CaseIntake(em, new CaseNumbers(em, database.settings()), new ProductCatalogue(em),
                new ContactTagger(), feed, clock, this::dispatch);
        this.work = new CaseWork(em, queries, feed, clock, this::dispatch);
    }

    /** What CDI does with a case event: calls the observers, here the mail notices. */
    private void dispatch(CaseEvent event) {
        try {
            String method = event instanceof CaseEvent.Opened ? "onOpened"
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
    public void close() throws Exception {
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
