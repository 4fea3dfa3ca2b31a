package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.caredesk.domain.audit.AuditEntry;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.calls.PhoneCallLog;
import org.caredesk.domain.cases.CaseConflictException;
import org.caredesk.domain.cases.CaseDetail;
import org.caredesk.domain.cases.CaseDetails;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.QueueEntry;
import org.caredesk.domain.cases.QueueFilter;
import org.caredesk.domain.cases.QueueSlice;
import org.caredesk.domain.cases.SlaTarget;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.Direction;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;
import org.caredesk.domain.customer.profile.CustomerTimeline;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Working a case on every supported database: replies reach the consumer and notes never do, and
 * optimistic locking lets exactly one of two colliding agents win, whether the other's version was
 * stale when it asked or both saved at the same moment (two persistence contexts, as two consoles).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CaseWorkContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private final ContactTagger tagger = new ContactTagger();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final StaffMember dana = new StaffMember("dana." + run + "@example.com", false);
    private final StaffMember eric = new StaffMember("eric." + run + "@example.com", false);
    private final StaffMember sam = new StaffMember("sam." + run + "@example.com", true);
    private JpaHarness otherConsole;
    private CaseIntake intake;
    private CaseQueries queries;
    private CaseWork work;
    private CaseWork otherWork;
    private CaseDetails details;
    private CaseQueue queue;
    private SlaTargets slaTargets;
    private FeedReader feedReader;

    @BeforeParameterizedClassInvocation
    void setUp() {
        otherConsole = new JpaHarness(database);
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        queries = new CaseQueries(em);
        intake = new CaseIntake(
                em,
                new CaseNumbers(em, database.settings()),
                new org.caredesk.domain.product.ProductCatalogue(em),
                tagger,
                feed,
                clock);
        work = new CaseWork(em, queries, feed, clock);
        var otherEm = otherConsole.entityManager();
        otherWork = new CaseWork(otherEm, new CaseQueries(otherEm), new FeedPublisher(otherEm, clock), clock);
        slaTargets = new SlaTargets(em);
        details = new CaseDetails(em, queries, slaTargets, clock);
        queue = new CaseQueue(em, slaTargets, clock);
        feedReader = new FeedReader(em);
        jpa.inTransaction(m -> {
            for (StaffMember staff : List.of(dana, eric, sam)) {
                m.persist(new UserAccount(
                        staff.login(),
                        null,
                        staff.supervisor() ? Role.SUPERVISOR : Role.AGENT,
                        staff.login(),
                        null,
                        clock.instant()));
            }
            return null;
        });
    }

    @AfterParameterizedClassInvocation
    void closeOtherConsole() {
        if (otherConsole != null) {
            otherConsole.close();
        }
    }

    @Test
    void aReplyReachesTheConsumerAndANoteNeverDoes() {
        CaseReceipt receipt = submit("Kettle leaks", "My kettle leaks water all over the counter.");
        long v = version(receipt);
        v = jpa.inTransaction(em -> work.claim(receipt.caseNumber(), version(receipt), dana));
        long afterClaim = v;
        long afterReply = jpa.inTransaction(em -> work.reply(
                receipt.caseNumber(), afterClaim, "Sorry to hear that. We will send you a new kettle.", dana));
        long afterNote = jpa.inTransaction(em ->
                work.note(receipt.caseNumber(), afterReply, "INTERNAL: customer sounded upset, offer a voucher", dana));

        CaseView consumerView = queries.forTrackingCode(receipt.caseNumber(), receipt.trackingCode())
                .orElseThrow();
        assertEquals(
                List.of("consumer", "agent"),
                consumerView.timeline().stream()
                        .map(CaseView.TimelineEntry::from)
                        .toList());
        assertEquals(
                "Sorry to hear that. We will send you a new kettle.",
                consumerView.timeline().get(1).text());
        assertTrue(
                consumerView.timeline().stream().noneMatch(t -> t.text().contains("INTERNAL")),
                "a note reached the consumer");
        assertEquals("pending", consumerView.status(), "after an answer the case waits for the consumer");

        CaseDetail staffView = details.find(receipt.caseNumber()).orElseThrow();
        assertEquals(3, staffView.timeline().size());
        assertTrue(staffView.timeline().get(2).internal());
        assertEquals(dana.login(), staffView.assignee());
        assertEquals(dana.login(), staffView.updatedBy());
        assertEquals(afterNote, staffView.version());
        assertNotNull(staffView.firstResponseAt());
        assertNull(staffView.sla().firstResponseDue(), "the first-response timer stopped");
    }

    @Test
    void aNoteNeverReachesTheCustomersOwnViews() {
        long customerId = jpa.inTransaction(em -> {
                    Customer customer = new Customer(
                            "Nora",
                            "Note",
                            "nora." + run + "@example.com",
                            "+39 333 000 " + run.hashCode() % 1000,
                            "en",
                            clock.instant());
                    em.persist(customer);
                    return customer;
                })
                .getId();
        CaseReceipt receipt = jpa.inTransaction(em -> intake.submit(
                new CaseSubmission("Broken blender", "The blender stopped working.", null, null, null, null, "en"),
                Channel.WEB,
                customerId));
        jpa.inTransaction(em -> work.note(receipt.caseNumber(), version(receipt), "SECRET staff remark", dana));

        CaseView own = queries.forCustomer(receipt.caseNumber(), customerId).orElseThrow();
        assertTrue(own.timeline().stream().noneMatch(t -> t.text().contains("SECRET")));
        CustomerProfile profile = new CustomerProfiles(jpa.entityManager(), new AuditLog(jpa.entityManager(), clock))
                .own(customerId)
                .orElseThrow();
        assertTrue(
                profile.history().stream().noneMatch(h -> h.text().contains("SECRET")),
                "the note is in the customer's history");
        assertEquals(1, profile.history().size());
    }

    @Test
    void aProductTheCatalogueDoesNotKnowIsKeptAsTheConsumerWroteIt() {
        CaseReceipt receipt = jpa.inTransaction(em -> intake.submit(
                new CaseSubmission(
                        "Handle off", "The handle came off.", "  Grandma's old teapot ", null, null, null, "en"),
                Channel.WEB,
                null));
        assertEquals(
                "Grandma's old teapot",
                details.find(receipt.caseNumber()).orElseThrow().product(),
                "issue 13 item 21: free text in the Product field is kept, not dropped");
    }

    @Test
    void aStaleVersionChangesNothingAndSaysWhoChangedTheCase() {
        CaseReceipt receipt = submit("Refund", "Where is my refund for the returned toaster?");
        long seen = version(receipt);
        jpa.inTransaction(em -> work.changePriority(receipt.caseNumber(), seen, CasePriority.HIGH, eric));

        CaseConflictException conflict = assertThrows(
                CaseConflictException.class,
                () -> jpa.inTransaction(
                        em -> work.reply(receipt.caseNumber(), seen, "Your refund is on its way.", dana)));
        assertEquals(eric.login(), conflict.changedBy());
        assertEquals(version(receipt), conflict.currentVersion());
        assertTrue(conflict.getMessage().contains(eric.login()), conflict.getMessage());
        assertEquals(
                1, details.find(receipt.caseNumber()).orElseThrow().timeline().size(), "the stale reply was stored");
    }

    @Test
    void ofTwoConsolesSavingAtTheSameMomentExactlyOneWins() {
        CaseReceipt receipt = submit("Heater noise", "The heater makes a loud rattling noise.");
        long seen = version(receipt);
        CaseConflictException conflict = assertThrows(
                CaseConflictException.class,
                () -> otherConsole.inTransaction(em -> {
                    // The other console has read the case at version "seen" inside its transaction ...
                    assertEquals(seen, details(em, receipt));
                    // ... when this console commits its reply first.
                    jpa.inTransaction(m -> work.reply(receipt.caseNumber(), seen, "First answer wins.", dana));
                    return otherWork.reply(receipt.caseNumber(), seen, "Second answer loses.", eric);
                }));
        assertNotNull(conflict.getMessage());
        List<String> texts = details.find(receipt.caseNumber()).orElseThrow().timeline().stream()
                .map(CaseDetail.Entry::text)
                .toList();
        assertTrue(texts.contains("First answer wins."), texts.toString());
        assertFalse(texts.contains("Second answer loses."), texts.toString());
    }

    @Test
    void aClaimedCaseCannotBeClaimedByAnotherAgentButASupervisorCanReassignIt() {
        CaseReceipt receipt = submit("Late parcel", "My parcel is late by two weeks.");
        long claimed = jpa.inTransaction(em -> work.claim(receipt.caseNumber(), version(receipt), dana));

        CaseConflictException conflict = assertThrows(
                CaseConflictException.class,
                () -> jpa.inTransaction(em -> work.claim(receipt.caseNumber(), claimed, eric)));
        assertEquals(dana.login(), conflict.changedBy());
        assertThrows(
                SecurityException.class,
                () -> jpa.inTransaction(em -> work.assign(receipt.caseNumber(), claimed, eric.login(), dana)));
        assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(em -> work.assign(receipt.caseNumber(), claimed, "nobody@example.com", sam)));

        jpa.inTransaction(em -> work.assign(receipt.caseNumber(), claimed, eric.login(), sam));
        assertEquals(
                eric.login(), details.find(receipt.caseNumber()).orElseThrow().assignee());
    }

    @Test
    void theCasePagesPropertiesSaveTogetherOrNotAtAll() {
        CaseReceipt receipt = submit("Fridge light", "The fridge light stays off.");
        long seen = version(receipt);
        CaseDetail before = details.find(receipt.caseNumber()).orElseThrow();
        // An agent may change status and tags but not give the case to someone else: nothing of the save stays.
        assertThrows(
                SecurityException.class,
                () -> jpa.inTransaction(em -> work.changeProperties(
                        receipt.caseNumber(),
                        seen,
                        new CaseWork.PropertyChanges(
                                CaseStatus.RESOLVED, CasePriority.HIGH, List.of("light"), true, eric.login()),
                        dana)));
        CaseDetail unchanged = details.find(receipt.caseNumber()).orElseThrow();
        assertEquals(
                List.of(before.status(), before.priority(), before.tags()),
                List.of(unchanged.status(), unchanged.priority(), unchanged.tags()));
        assertEquals(seen, version(receipt));

        long saved = jpa.inTransaction(em -> work.changeProperties(
                receipt.caseNumber(),
                seen,
                new CaseWork.PropertyChanges(CaseStatus.RESOLVED, null, List.of("Light"), true, eric.login()),
                sam));
        CaseDetail detail = details.find(receipt.caseNumber()).orElseThrow();
        assertEquals(
                List.of("resolved", before.priority(), "light", eric.login()),
                List.of(detail.status(), detail.priority(), String.join(",", detail.tags()), detail.assignee()));
        assertEquals(saved, version(receipt));
    }

    @Test
    void changesTogetherAreOneVersionStepAndOneFeedEvent() {
        CaseReceipt receipt = submit("Robot mower", "The robot mower stops in the middle of the lawn.");
        long seen = version(receipt);
        long before = feedReader.head();
        long after = jpa.inTransaction(em -> work.changeTogether(
                receipt.caseNumber(),
                seen,
                new CaseWork.PropertyChanges(
                        CaseStatus.PENDING, CasePriority.HIGH, List.of("Garden", "mower"), true, dana.login()),
                dana));
        CaseDetail detail = details.find(receipt.caseNumber()).orElseThrow();
        assertEquals(
                List.of("pending", "high", List.of("garden", "mower"), dana.login()),
                List.of(detail.status(), detail.priority(), detail.tags(), detail.assignee()));
        assertEquals(1, feedReader.after(before, 100).size(), "one event for the whole change");
        assertTrue(after > seen);
        // A stale version changes nothing; giving the case to someone else is a supervisor's.
        assertThrows(
                CaseConflictException.class,
                () -> jpa.inTransaction(em -> work.changeTogether(
                        receipt.caseNumber(),
                        seen,
                        new CaseWork.PropertyChanges(null, CasePriority.LOW, null, false, null),
                        dana)));
        assertThrows(
                SecurityException.class,
                () -> jpa.inTransaction(em -> work.changeTogether(
                        receipt.caseNumber(),
                        after,
                        new CaseWork.PropertyChanges(null, null, null, true, eric.login()),
                        dana)));
        // Eric may not take a case Dana holds; a supervisor may give it to him.
        assertThrows(
                CaseConflictException.class,
                () -> jpa.inTransaction(em -> work.changeTogether(
                        receipt.caseNumber(),
                        after,
                        new CaseWork.PropertyChanges(null, null, null, true, eric.login()),
                        eric)));
        jpa.inTransaction(em -> work.changeTogether(
                receipt.caseNumber(), after, new CaseWork.PropertyChanges(null, null, null, true, eric.login()), sam));
        assertEquals(
                eric.login(), details.find(receipt.caseNumber()).orElseThrow().assignee());
        assertEquals("high", details.find(receipt.caseNumber()).orElseThrow().priority());
    }

    @Test
    void statusPriorityAndTagsChangeAndEachChangeIsOnTheFeed() {
        CaseReceipt receipt = submit("Smartwatch sync", "The smartwatch does not sync with my phone.");
        long before = feedReader.head();
        long v1 = jpa.inTransaction(
                em -> work.changeStatus(receipt.caseNumber(), version(receipt), CaseStatus.RESOLVED, dana));
        long v2 = jpa.inTransaction(em -> work.changePriority(receipt.caseNumber(), v1, CasePriority.URGENT, dana));
        long v3 = jpa.inTransaction(
                em -> work.changeTags(receipt.caseNumber(), v2, List.of(" Bluetooth ", "app", "bluetooth", ""), dana));
        assertTrue(v1 < v2 && v2 < v3, v1 + " " + v2 + " " + v3);

        CaseDetail detail = details.find(receipt.caseNumber()).orElseThrow();
        assertEquals("resolved", detail.status());
        assertEquals("urgent", detail.priority());
        assertEquals(List.of("app", "bluetooth"), detail.tags(), "cleaned, without duplicates, in order");
        assertNull(detail.sla().resolutionDue(), "the resolution timer stopped");

        List<FeedRecord> events = feedReader.after(before, 100);
        assertEquals(3, events.size());
        assertTrue(events.stream().allMatch(e -> e.type().equals(FeedEventTypes.CASE_UPDATED)));
        assertTrue(events.get(2).dataJson().contains("\"caseNumber\":\"" + receipt.caseNumber() + "\""));
        assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(
                        em -> work.changeTags(receipt.caseNumber(), v3, List.of("x".repeat(61)), dana)));
        assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(em -> work.reply(receipt.caseNumber(), v3, "   ", dana)));
    }

    @Test
    void theQueueShowsHazardsFirstAndFiltersByChannelAndAssignee() {
        CaseReceipt calm = submit("Question about invoices " + run, "How can I download my invoice? Thanks.");
        CaseReceipt hazard = submit("Smoke " + run, "The power bank caught fire and smoke came out. Dangerous!");
        List<String> order = queue.cases(QueueFilter.ALL, 10_000).stream()
                .map(QueueEntry::caseNumber)
                .filter(n -> n.equals(calm.caseNumber()) || n.equals(hazard.caseNumber()))
                .toList();
        assertEquals(List.of(hazard.caseNumber(), calm.caseNumber()), order);
        List<String> all = queue.cases(QueueFilter.ALL, 10_000).stream()
                .map(QueueEntry::caseNumber)
                .toList();
        int open = all.size();
        assertEquals(
                all.subList(0, 2),
                queue.cases(QueueFilter.ALL, 2).stream()
                        .map(QueueEntry::caseNumber)
                        .toList(),
                "the cases shown are the most urgent, in order");
        QueueSlice firstOnly = queue.mostUrgent(QueueFilter.ALL, 1);
        assertEquals(1, firstOnly.cases().size());
        assertEquals(open, firstOnly.total(), "the total counts the cases not shown");
        assertTrue(firstOnly.capped(), "at least the two cases of this test are open, one is shown");
        assertFalse(queue.mostUrgent(QueueFilter.ALL, open).capped(), "all shown");

        jpa.inTransaction(em -> work.claim(calm.caseNumber(), version(calm), eric));
        List<QueueEntry> erics = queue.cases(new QueueFilter(null, "web", null, null, eric.login()), 10_000);
        assertTrue(erics.stream().anyMatch(e -> e.caseNumber().equals(calm.caseNumber())), erics.toString());
        assertTrue(
                erics.stream()
                        .allMatch(e ->
                                eric.login().equals(e.assignee()) && e.channel().equals("web")),
                erics.toString());
        assertTrue(erics.stream().noneMatch(e -> e.caseNumber().equals(hazard.caseNumber())));
        assertTrue(queue.cases(new QueueFilter(null, "phone", null, null, eric.login()), 10_000)
                .isEmpty());
        List<String> unassigned =
                queue.cases(new QueueFilter(null, null, null, null, QueueFilter.UNASSIGNED), 10_000).stream()
                        .map(QueueEntry::caseNumber)
                        .toList();
        assertTrue(unassigned.contains(hazard.caseNumber()), () -> "the unclaimed case is missing: " + unassigned);
        assertFalse(unassigned.contains(calm.caseNumber()), "the claimed case is listed as unassigned");
    }

    @Test
    void slaTargetsSetByASupervisorDecideTheTimers() {
        jpa.inTransaction(em -> {
            slaTargets.save(List.of(new SlaTarget("email", "low", 5, 10)));
            return null;
        });
        assertEquals(new SlaTarget("email", "low", 5, 10), slaTargets.lookup().target("email", "low"));
        assertEquals(
                60,
                slaTargets.lookup().target("web", "urgent").firstResponseMinutes(),
                "the default for a pair never set");
        assertEquals(24, slaTargets.all().size());
        assertThrows(IllegalArgumentException.class, () -> new SlaTarget("web", "low", 0, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(em -> {
                    slaTargets.save(List.of(new SlaTarget("pigeon", "low", 5, 10)));
                    return null;
                }));
        jpa.inTransaction(em -> {
            slaTargets.save(List.of());
            return null;
        });
    }

    @Test
    void aLoggedPhoneCallIsATaggedContactOnTheCustomersTimelineAndOpeningTheRecordIsAudited() {
        var em0 = jpa.entityManager();
        long customerId = jpa.inTransaction(em -> {
                    Customer customer =
                            new Customer("Carl", "Caller", "carl." + run + "@example.com", null, "en", clock.instant());
                    em.persist(customer);
                    return customer;
                })
                .getId();
        PhoneCallLog calls = new PhoneCallLog(em0, tagger, new FeedPublisher(em0, clock), clock);
        long before = feedReader.head();
        PhoneCallLog.LoggedCall call = jpa.inTransaction(em -> calls.log(
                        customerId,
                        Direction.INBOUND,
                        "Caller furious: the heater started smoking and burnt the carpet.",
                        dana.login()))
                .orElseThrow();
        assertEquals("negative", call.sentiment());
        assertFalse(call.hazards().isEmpty(), "smoking is a hazard");
        assertTrue(jpa.inTransaction(em -> calls.log(-1, Direction.OUTBOUND, "x", dana.login()))
                .isEmpty());

        List<CustomerTimeline.Entry> timeline = new CustomerTimeline(em0, queries).contacts(customerId);
        assertEquals(1, timeline.size());
        assertEquals("phone", timeline.get(0).channel());
        assertEquals("inbound", timeline.get(0).direction());
        assertEquals(
                FeedEventTypes.CONTACT_TAGGED,
                feedReader.after(before, 10).get(0).type());

        CustomerProfiles profiles = new CustomerProfiles(em0, new AuditLog(em0, clock));
        jpa.inTransaction(em -> profiles.openForStaff(customerId, dana.login(), "opened from case CD-1"))
                .orElseThrow();
        List<AuditEntry> audit = jpa.inTransaction(
                em -> em.createQuery("SELECT a FROM AuditEntry a WHERE a.customerId = :id", AuditEntry.class)
                        .setParameter("id", customerId)
                        .getResultList());
        assertEquals(1, audit.size());
        assertEquals(dana.login(), audit.get(0).getActor());
        assertEquals(AuditLog.CUSTOMER_RECORD_OPENED, audit.get(0).getAction());
    }

    private long details(jakarta.persistence.EntityManager em, CaseReceipt receipt) {
        return em.createNamedQuery(
                        org.caredesk.domain.cases.SupportCase.BY_NUMBER, org.caredesk.domain.cases.SupportCase.class)
                .setParameter("number", receipt.caseNumber())
                .getSingleResult()
                .getVersion();
    }

    private long version(CaseReceipt receipt) {
        return details.find(receipt.caseNumber()).orElseThrow().version();
    }

    private CaseReceipt submit(String subject, String message) {
        return jpa.inTransaction(em ->
                intake.submit(new CaseSubmission(subject, message, null, null, null, null, "en"), Channel.WEB, null));
    }
}
