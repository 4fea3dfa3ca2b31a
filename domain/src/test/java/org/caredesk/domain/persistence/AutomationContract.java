package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.caredesk.domain.automation.AutomationStep;
import org.caredesk.domain.automation.CustomerSegments;
import org.caredesk.domain.automation.RuleDefinition;
import org.caredesk.domain.automation.RuleEngine;
import org.caredesk.domain.automation.RuleView;
import org.caredesk.domain.automation.Rules;
import org.caredesk.domain.cases.CaseDetail;
import org.caredesk.domain.cases.CaseDetails;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.escalation.ClockStep;
import org.caredesk.domain.escalation.StaffNotices;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.MailSettings;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.presence.SupervisionBoard;
import org.caredesk.domain.team.Teams;
import org.caredesk.domain.team.WorkCalendars;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.caredesk.domain.webhook.WebhookOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Automation on every supported database: the rules shipped with the schema route a hazard case to the
 * Safety team as urgent, two rules that undo each other stop after one firing each, and a first-response
 * breach is escalated to the team lead once, by mail and console notice. The live feed is followed the way
 * the console's background task does, one event per transaction.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class AutomationContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final StaffMember sam = new StaffMember("sam." + run + "@example.com", true);
    private final String lead = "lea." + run + "@example.com";
    private CaseIntake intake;
    private CaseWork work;
    private CaseDetails details;
    private Rules rules;
    private Teams teams;
    private FeedReader feedReader;
    private AutomationStep step;
    private RuleEngine engine;
    private MailOutbox outbox;
    private StaffNotices notices;
    private SlaTargets slaTargets;
    private WorkCalendars calendars;
    private Mailer mailer;
    private WebhookOutbox webhooks;
    private long cursor;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        CaseQueries queries = new CaseQueries(em);
        intake = new CaseIntake(
                em,
                new CaseNumbers(em, database.settings()),
                new org.caredesk.domain.product.ProductCatalogue(em),
                new ContactTagger(),
                feed,
                clock);
        work = new CaseWork(em, queries, feed, clock);
        slaTargets = new SlaTargets(em);
        calendars = new WorkCalendars(em);
        details = new CaseDetails(em, queries, slaTargets, calendars, clock);
        rules = new Rules(em);
        teams = new Teams(em);
        feedReader = new FeedReader(em);
        outbox = new MailOutbox(em, clock);
        // Demo mode without SMTP: mails are held in the outbox, where the test reads them.
        mailer = new Mailer(
                outbox,
                MailSettings.from(key -> null),
                new CareDeskSettings(
                        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), null, null, null, true, 10),
                null);
        webhooks = new WebhookOutbox(em, clock);
        engine = new RuleEngine(
                em, feed, clock, new SupervisionBoard(em, clock), mailer, webhooks, new CustomerSegments());
        step = new AutomationStep(em, engine, webhooks);
        notices = new StaffNotices(em, clock);
        jpa.inTransaction(m -> {
            m.persist(new UserAccount(sam.login(), null, Role.SUPERVISOR, "Sam", null, clock.instant()));
            m.persist(new UserAccount(lead, null, Role.AGENT, "Lea Lead", null, clock.instant()));
            return null;
        });
        cursor = feedReader.head();
    }

    @Test
    void aHazardCaseGoesToTheSafetyTeamAsUrgentByTheRuleShippedWithTheSchema() {
        CaseReceipt receipt = submit("Heater caught fire", "My heater caught fire and burned my hand last night.");
        followFeed();

        CaseDetail c = details.find(receipt.caseNumber()).orElseThrow();
        assertTrue(c.hazard(), "the pipeline tags the message as a hazard");
        assertEquals("urgent", c.priority());
        assertEquals("Safety", c.team());
        assertEquals(List.of("rule.team", "rule.priority"), ruleKinds(c));
        CaseDetail.Entry priority = c.timeline().stream()
                .filter(e -> e.kind().equals("rule.priority"))
                .findFirst()
                .orElseThrow();
        assertEquals("Hazard cases to the Safety team", priority.authorName());
        assertEquals("urgent", priority.text());
        assertEquals("automation", c.updatedBy());
        assertTrue(
                jpa.inTransaction(em -> new CaseQueries(em).openOfTeam(1L, true, 100)).stream()
                        .anyMatch(s -> s.caseNumber().equals(receipt.caseNumber())),
                "the case waits, unassigned, in the Safety team's queue");
    }

    @Test
    void theShippedRulesKeepTheirKeyUntilASupervisorRenamesThem() {
        RuleView shipped = rules.byId(2).orElseThrow();
        assertEquals("breach-notify", shipped.builtin(), "pages name it from the bundle");
        assertEquals("hazard-to-safety", rules.byId(1).orElseThrow().builtin());
        String name = shipped.rule().name();
        try {
            RuleView kept = jpa.inTransaction(em -> rules.update(2, shipped.rule()));
            assertEquals("breach-notify", kept.builtin(), "saved unchanged, still the shipped rule");
            RuleView renamed = jpa.inTransaction(em -> rules.update(2, renamed(shipped.rule(), "Late first answers")));
            assertNull(renamed.builtin(), "a supervisor's own name is shown as typed");
        } finally {
            jpa.inTransaction(em -> rules.update(2, renamed(shipped.rule(), name)));
        }
    }

    @Test
    void twoRulesThatUndoEachOtherFireOnceEachAndTheLoopStops() {
        String tag = "ping-" + run;
        jpa.inTransaction(em -> rules.create(rule("Down " + run, "case_updated", tag, "low")));
        jpa.inTransaction(em -> rules.create(rule("Up " + run, "case_updated", tag, "high")));
        CaseReceipt receipt = submit("Kettle is slow", "The kettle takes ages to boil.");
        followFeed();
        long version = details.find(receipt.caseNumber()).orElseThrow().version();

        jpa.inTransaction(em -> work.changeTags(receipt.caseNumber(), version, List.of(tag), sam));
        followFeed();
        followFeed(); // the chain's own case.updated is in the feed now: it must not start another chain

        CaseDetail c = details.find(receipt.caseNumber()).orElseThrow();
        assertEquals(List.of("rule.priority", "rule.priority"), ruleKinds(c), "each rule fired once");
        assertEquals(
                List.of("low", "high"),
                c.timeline().stream()
                        .filter(e -> e.kind().equals("rule.priority"))
                        .map(CaseDetail.Entry::text)
                        .toList());
        assertEquals("high", c.priority(), "the later rule had the last word");
        assertEquals(2L, firings(receipt.caseNumber()));
    }

    @Test
    void aFirstResponseBreachIsEscalatedToTheTeamLeadOnce() {
        long team = jpa.inTransaction(em -> teams.create("Escalations " + run).id());
        jpa.inTransaction(em -> teams.lead(team, lead));
        CaseReceipt receipt = submit("Bill is wrong", "I was charged twice this month.");
        followFeed();
        long version = details.find(receipt.caseNumber()).orElseThrow().version();
        jpa.inTransaction(em -> work.assignTeam(receipt.caseNumber(), version, team, sam));
        followFeed();

        // Nine hours on: the default first-response target of a normal web case (8 h) has passed.
        Clock later = Clock.fixed(clock.instant().plus(Duration.ofHours(9)), ZoneOffset.UTC);
        ClockStep clockStep =
                new ClockStep(jpa.entityManager(), slaTargets, calendars, engine, mailer, webhooks, notices, later);
        long caseId = caseId(receipt.caseNumber());
        List<ClockStep.SlaNotice> due = jpa.inTransaction(em -> clockStep.dueNotices()).stream()
                .filter(n -> n.caseId() == caseId)
                .toList();
        assertEquals(List.of(new ClockStep.SlaNotice(caseId, "first_response", "breach")), due);
        due.forEach(n -> jpa.inTransaction(em -> {
            clockStep.announce(n);
            return null;
        }));
        due.forEach(n -> jpa.inTransaction(em -> {
            clockStep.announce(n); // a second instance, or the next tick: nothing more happens
            return null;
        }));

        assertEquals(1, notices.of(lead, 10).size());
        assertEquals(receipt.caseNumber(), notices.of(lead, 10).get(0).caseNumber());
        assertEquals(1, outbox.to(lead, 10).size(), "the lead got one mail");
        CaseDetail c = details.find(receipt.caseNumber()).orElseThrow();
        List<CaseDetail.Entry> escalations =
                c.timeline().stream().filter(e -> e.kind().equals("escalated")).toList();
        assertEquals(1, escalations.size());
        assertEquals("first_response", escalations.get(0).text());
        assertEquals(lead, escalations.get(0).authorName());
        // The shipped rule "first response breach: tell the supervisor" mailed the supervisors too.
        assertEquals(1, outbox.to(sam.login(), 10).size());
        assertTrue(jpa.inTransaction(em -> clockStep.dueNotices()).stream().noneMatch(n -> n.caseId() == caseId));
    }

    @Test
    void aWarningComesBeforeTheBreach() {
        CaseReceipt receipt = submit("Toaster noise", "The toaster makes a strange noise.");
        followFeed();
        long caseId = caseId(receipt.caseNumber());
        Clock sevenHours = Clock.fixed(clock.instant().plus(Duration.ofHours(7)), ZoneOffset.UTC);
        ClockStep clockStep = new ClockStep(
                jpa.entityManager(), slaTargets, calendars, engine, mailer, webhooks, notices, sevenHours);
        assertEquals(
                List.of(new ClockStep.SlaNotice(caseId, "first_response", "warning")),
                jpa.inTransaction(em -> clockStep.dueNotices()).stream()
                        .filter(n -> n.caseId() == caseId)
                        .toList());
    }

    private static RuleDefinition rule(String name, String trigger, String tag, String priority) {
        return new RuleDefinition(
                name, true, trigger, null, null, null, null, null, null, tag, null, null, null, null, null, false,
                priority, null, null, null, null, false);
    }

    private List<String> ruleKinds(CaseDetail c) {
        return c.timeline().stream()
                .map(CaseDetail.Entry::kind)
                .filter(k -> k.startsWith("rule."))
                .toList();
    }

    private long caseId(String number) {
        return jpa.inTransaction(em -> em.createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                .setParameter("number", number)
                .getSingleResult()
                .getId());
    }

    private long firings(String number) {
        long id = caseId(number);
        return jpa.inTransaction(
                em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rule_firing WHERE case_id = ?")
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue());
    }

    /** What the console's automation task does: each new feed event in its own transaction. */
    private void followFeed() {
        for (FeedRecord event : feedReader.after(cursor, 1000)) {
            jpa.inTransaction(em -> {
                step.handle(event);
                return null;
            });
            cursor = event.seq();
        }
    }

    private CaseReceipt submit(String subject, String message) {
        return jpa.inTransaction(em ->
                intake.submit(new CaseSubmission(subject, message, null, null, null, null, "en"), Channel.WEB, null));
    }

    private static RuleDefinition renamed(RuleDefinition d, String name) {
        return new RuleDefinition(
                name,
                d.enabled(),
                d.trigger(),
                d.idleMinutes(),
                d.ifChannel(),
                d.ifProduct(),
                d.ifLanguage(),
                d.ifSentiment(),
                d.ifHazard(),
                d.ifTag(),
                d.ifSegment(),
                d.ifWords(),
                d.ifSla(),
                d.assignAgent(),
                d.assignTeam(),
                d.roundRobin(),
                d.setPriority(),
                d.addTags(),
                d.setStatus(),
                d.notifyEmail(),
                d.callWebhook(),
                d.linkAlert());
    }
}
