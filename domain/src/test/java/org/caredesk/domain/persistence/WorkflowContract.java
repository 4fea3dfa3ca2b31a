package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.calls.CallView;
import org.caredesk.domain.calls.IncomingCalls;
import org.caredesk.domain.cases.CaseConflictException;
import org.caredesk.domain.cases.CaseDetail;
import org.caredesk.domain.cases.CaseDetails;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseMerge;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.bulk.BulkActions;
import org.caredesk.domain.cases.bulk.BulkOutcome;
import org.caredesk.domain.cases.bulk.BulkTarget;
import org.caredesk.domain.cases.bulk.CaseBulk;
import org.caredesk.domain.cases.macros.MacroApplication;
import org.caredesk.domain.cases.macros.MacroView;
import org.caredesk.domain.cases.macros.Macros;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.integration.IntegrationTokens;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 21's case workflow on a real database: merge, link, split; macros (migrated canned replies); calls. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class WorkflowContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final StaffMember dana = new StaffMember("dana." + run + "@example.com", false);
    private final StaffMember sam = new StaffMember("sam." + run + "@example.com", true);
    private CaseIntake intake;
    private CaseQueries queries;
    private CaseDetails details;
    private CaseMerge merge;
    private Macros macros;
    private MacroApplication macroApplication;
    private IncomingCalls calls;
    private IntegrationTokens tokens;
    private FeedReader feedReader;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        AuditLog audit = new AuditLog(em, clock);
        queries = new CaseQueries(em);
        CaseNumbers numbers = new CaseNumbers(em, database.settings());
        intake = new CaseIntake(
                em, numbers, new org.caredesk.domain.product.ProductCatalogue(em), new ContactTagger(), feed, clock);
        details = new CaseDetails(em, queries, new SlaTargets(em), clock);
        merge = new CaseMerge(em, queries, numbers, feed, audit, clock);
        macros = new Macros(em);
        macroApplication = new MacroApplication(macros, details, new CaseWork(em, queries, feed, clock), audit, em);
        calls = new IncomingCalls(em, queries, feed, clock);
        tokens = new IntegrationTokens(em, audit, clock);
        feedReader = new FeedReader(em);
        jpa.inTransaction(m -> {
            for (StaffMember staff : List.of(dana, sam)) {
                UserAccount account = new UserAccount(
                        staff.login(),
                        null,
                        staff.supervisor() ? Role.SUPERVISOR : Role.AGENT,
                        "Dana Rossi",
                        null,
                        clock.instant());
                account.changeExtension(staff.supervisor() ? null : "7" + run.hashCode() % 1000);
                m.persist(account);
            }
            return null;
        });
    }

    @Test
    void aMergedCaseGivesItsHistoryAndTrackingCodeToTheSurvivorAndPointsThere() {
        CaseReceipt duplicate = submit("Kettle leaks again", "It leaks from the bottom.", "+39 333 " + run.hashCode());
        CaseReceipt survivor = submit("Kettle leaking", "Water on the counter.", null);
        long seen = version(duplicate);

        jpa.inTransaction(em -> merge.merge(duplicate.caseNumber(), seen, survivor.caseNumber(), dana));

        CaseDetail into = details.find(survivor.caseNumber()).orElseThrow();
        assertTrue(
                into.timeline().stream().anyMatch(e -> e.text().equals("It leaks from the bottom.")),
                "the duplicate's message is on the survivor's timeline");
        assertTrue(into.timeline().stream()
                .anyMatch(e -> e.kind().equals("merged_from") && e.text().equals(duplicate.caseNumber())));
        CaseDetail from = details.find(duplicate.caseNumber()).orElseThrow();
        assertEquals(survivor.caseNumber(), from.mergedInto());
        assertEquals("closed", from.status());
        assertEquals(
                survivor.caseNumber(),
                queries.forTrackingCode(duplicate.caseNumber(), duplicate.trackingCode())
                        .orElseThrow()
                        .mergedInto(),
                "the consumer's old page points at the survivor");
        assertTrue(
                queries.forTrackingCode(survivor.caseNumber(), duplicate.trackingCode())
                        .isPresent(),
                "the consumer's tracking code opens the survivor");
        assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(
                        em -> merge.merge(duplicate.caseNumber(), version(duplicate), survivor.caseNumber(), dana)),
                "a case is merged once");
    }

    @Test
    void aMergeFromAStaleVersionChangesNothing() {
        CaseReceipt duplicate = submit("Toaster sparks", "Sparks when I switch it on.", null);
        CaseReceipt survivor = submit("Toaster", "It sparks.", null);
        long stale = version(duplicate) - 1;
        assertThrows(
                CaseConflictException.class,
                () -> jpa.inTransaction(em -> merge.merge(duplicate.caseNumber(), stale, survivor.caseNumber(), dana)));
        assertNull(details.find(duplicate.caseNumber()).orElseThrow().mergedInto());
        assertEquals(
                1,
                details.find(survivor.caseNumber()).orElseThrow().timeline().stream()
                        .filter(e -> e.kind().equals("message"))
                        .count());
    }

    @Test
    void linkedCasesListEachOtherAndASplitMessageStartsACaseOfItsOwn() {
        CaseReceipt one = submit("Heater smells", "It smells of burning.", null);
        CaseReceipt two = submit("Heater smoke", "Smoke from the heater.", null);
        jpa.inTransaction(em -> merge.link(one.caseNumber(), version(one), two.caseNumber(), dana));
        assertEquals(
                List.of(two.caseNumber()),
                details.find(one.caseNumber()).orElseThrow().linked());
        assertEquals(
                List.of(one.caseNumber()),
                details.find(two.caseNumber()).orElseThrow().linked());

        long messageId = jpa.inTransaction(em -> {
            em.persist(
                    org.caredesk.domain.cases.Contact.inbound(Channel.WEB, "Also my invoice is wrong.", clock.instant())
                            .inCase(queries.caseWithNumber(one.caseNumber()).orElseThrow())
                            .build());
            return em.createQuery("SELECT MAX(k.id) FROM Contact k", Long.class).getSingleResult();
        });
        String split =
                jpa.inTransaction(em -> merge.split(one.caseNumber(), version(one), messageId, "Wrong invoice", dana));
        CaseDetail created = details.find(split).orElseThrow();
        assertEquals("Wrong invoice", created.subject());
        assertTrue(created.timeline().stream().anyMatch(e -> e.text().equals("Also my invoice is wrong.")));
        assertTrue(details.find(one.caseNumber()).orElseThrow().timeline().stream()
                .noneMatch(e -> e.text().equals("Also my invoice is wrong.")));
        assertTrue(queries.forTrackingCode(split, one.trackingCode()).isPresent(), "the consumer follows it too");
    }

    @Test
    void cannedRepliesBecameMacrosAndAMacroRepliesAndChangesTheCaseInOneGo() {
        assertTrue(
                macros.all("it").stream().anyMatch(m -> m.title().equals("Please send the serial number")),
                "the seeded canned replies were migrated");
        assertEquals("it", macros.all("it").get(0).language(), "the case's language first");
        MacroView saved = jpa.inTransaction(em -> macros.save(new MacroView(
                null,
                "Refund " + run,
                "Dear {customerName}, case {caseNumber} about {product}: refunded. {agent} {unknown}",
                "en",
                "resolved",
                "low",
                List.of("Refund", "refund"),
                MacroView.ME)));
        assertEquals(List.of("refund"), saved.tags());
        CaseReceipt receipt = submit("Blender broken", "Please refund me.", null);

        var preview = jpa.inTransaction(em -> macroApplication.preview(receipt.caseNumber(), saved.id(), dana));
        String product = details.find(receipt.caseNumber()).orElseThrow().product();
        assertEquals(
                "Dear Ann Example, case " + receipt.caseNumber() + " about " + (product == null ? "" : product)
                        + ": refunded. Dana {unknown}",
                preview.text(),
                "placeholders filled, an unknown one left visible");

        jpa.inTransaction(em ->
                macroApplication.apply(receipt.caseNumber(), version(receipt), saved.id(), "Edited: refunded.", dana));
        CaseDetail after = details.find(receipt.caseNumber()).orElseThrow();
        assertEquals("resolved", after.status());
        assertEquals("low", after.priority());
        assertEquals(List.of("refund"), after.tags());
        assertEquals(dana.login(), after.assignee());
        assertTrue(after.timeline().stream().anyMatch(e -> e.text().equals("Edited: refunded.")));

        assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(
                        em -> macros.save(new MacroView(null, "x", "y", "en", "done", null, List.of(), null))),
                "an unknown status is refused");
    }

    @Test
    void aMacroAppliedInBulkRepliesToEachCaseAndAStaleCaseIsAConflictAlone() {
        MacroView saved = jpa.inTransaction(em -> macros.save(new MacroView(
                null,
                "Bulk " + run,
                "Case {caseNumber} is being handled.",
                "en",
                "pending",
                null,
                List.of("bulk"),
                null)));
        CaseReceipt first = submit("Kettle A", "It leaks.", null);
        CaseReceipt stale = submit("Kettle B", "It leaks too.", null);
        var em = jpa.entityManager();
        BulkActions actions = new BulkActions(
                new CaseWork(em, queries, new FeedPublisher(em, clock), clock), macroApplication, macros, merge, em);

        List<BulkOutcome> outcomes = jpa.inTransaction(m -> new CaseBulk()
                .apply(
                        actions.macro(saved.id()),
                        List.of(
                                new BulkTarget(first.caseNumber(), null),
                                new BulkTarget(stale.caseNumber(), version(stale) + 5)),
                        dana));

        assertEquals(
                List.of(BulkOutcome.DONE, BulkOutcome.CONFLICT),
                outcomes.stream().map(BulkOutcome::outcome).toList());
        CaseDetail done = details.find(first.caseNumber()).orElseThrow();
        assertEquals("pending", done.status());
        assertTrue(done.tags().contains("bulk"), done.tags().toString());
        assertTrue(done.timeline().stream()
                .anyMatch(e -> e.text().equals("Case " + first.caseNumber() + " is being handled.")));
        assertEquals("new", details.find(stale.caseNumber()).orElseThrow().status(), "the stale case is untouched");
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> actions.macro(Long.MAX_VALUE));
        assertEquals("No macro " + Long.MAX_VALUE, unknown.getMessage());
    }

    @Test
    void duplicatesMergedInBulkJoinTheSurvivorAndTheSurvivorItselfIsRefused() {
        CaseReceipt survivor = submit("Heater noise", "The heater rattles.", null);
        CaseReceipt duplicate = submit("Heater noise again", "Still rattling.", null);
        var em = jpa.entityManager();
        BulkActions actions = new BulkActions(
                new CaseWork(em, queries, new FeedPublisher(em, clock), clock), macroApplication, macros, merge, em);

        List<BulkOutcome> outcomes = jpa.inTransaction(m -> new CaseBulk()
                .apply(
                        actions.mergeInto(survivor.caseNumber()),
                        List.of(
                                new BulkTarget(duplicate.caseNumber(), null),
                                new BulkTarget(survivor.caseNumber(), null)),
                        dana));

        assertEquals(
                List.of(BulkOutcome.DONE, BulkOutcome.REFUSED),
                outcomes.stream().map(BulkOutcome::outcome).toList());
        assertTrue(details.find(survivor.caseNumber()).orElseThrow().timeline().stream()
                .anyMatch(e -> e.text().equals("Still rattling.")));
        assertEquals(
                survivor.caseNumber(),
                queries.forTrackingCode(duplicate.caseNumber(), duplicate.trackingCode())
                        .orElseThrow()
                        .mergedInto());
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> actions.mergeInto("CD-0"));
        assertEquals("No case CD-0", unknown.getMessage());
    }

    @Test
    void aCallRingsOnlyForItsAgentAndEndsAsAPhoneContactWithTheNote() {
        String number = "+39 02 " + Math.abs(run.hashCode() % 10_000_000);
        long customerId = jpa.inTransaction(em -> {
            Customer c =
                    new Customer("Carla", "Bianchi", "carla." + run + "@example.com", number, "it", clock.instant());
            em.persist(c);
            em.flush();
            return c.getId();
        });
        long token = jpa.inTransaction(em -> tokens.authenticate(
                        tokens.create("PBX " + run, sam.login()).secret())
                .orElseThrow());
        long head = feedReader.after(0, Integer.MAX_VALUE).stream()
                .mapToLong(FeedRecord::seq)
                .max()
                .orElse(0);

        long callId = jpa.inTransaction(em -> calls.ring(token, number.replace(" ", "-"), "800 100 200", dana.login()));

        FeedRecord ringing = feedReader.after(head, 100).stream()
                .filter(e -> e.type().equals(FeedEventTypes.CALL_RINGING))
                .findFirst()
                .orElseThrow();
        assertTrue(ringing.dataJson().contains("\"agent\":\"" + dana.login() + "\""), ringing.dataJson());
        assertTrue(ringing.dataJson().contains("\"customerId\":" + customerId), ringing.dataJson());

        jpa.inTransaction(em -> calls.note(callId, "Asked about the recall.", null, dana));
        CallView ended = jpa.inTransaction(em -> calls.end(callId, 192, "answered"));
        assertEquals(customerId, ended.customerId());
        String contact = jpa.inTransaction(em -> em.createQuery(
                        "SELECT k.body FROM Contact k WHERE k.customer.id = :id AND k.channel = :phone", String.class)
                .setParameter("id", customerId)
                .setParameter("phone", Channel.PHONE)
                .getSingleResult());
        assertEquals(
                "Call from " + number.replace(" ", "-") + " to 800 100 200: answered, 3:12\n\nAsked about the recall.",
                contact);
        assertThrows(IllegalStateException.class, () -> jpa.inTransaction(em -> calls.end(callId, 1, "answered")));
        assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(em -> calls.ring(token, "12", null, "nobody@example.com")),
                "an unknown agent is refused");
        assertTrue(
                calls.find(callId, new StaffMember("someone.else@example.com", false))
                        .isEmpty(),
                "another agent does not see the call");
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        var created = jpa.inTransaction(em -> tokens.create("Old PBX " + run, sam.login()));
        assertTrue(
                jpa.inTransaction(em -> tokens.authenticate(created.secret())).isPresent());
        jpa.inTransaction(em -> tokens.revoke(created.token().id(), sam.login()));
        assertTrue(
                jpa.inTransaction(em -> tokens.authenticate(created.secret())).isEmpty());
        assertTrue(jpa.inTransaction(em -> tokens.authenticate(created.secret() + "x"))
                .isEmpty());
    }

    @Test
    void theCsatTableCountsRatingsPerAgentAndPerProduct() {
        java.time.Instant before = clock.instant().minusSeconds(1);
        for (int score : new int[] {5, 4, 1}) {
            CaseReceipt receipt = submit("Rated " + score, "Something " + score, null);
            jpa.inTransaction(em -> {
                var c = queries.caseWithNumber(receipt.caseNumber()).orElseThrow();
                c.assignTo(em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                        .setParameter("email", dana.login())
                        .getSingleResult());
                c.changeStatus(org.caredesk.domain.cases.CaseStatus.RESOLVED, clock.instant());
                assertTrue(c.rate(score, score == 1 ? "Too slow" : null, clock.instant()));
                return null;
            });
        }
        var table = new org.caredesk.domain.csat.CsatTable(jpa.entityManager());
        java.time.Instant after = clock.instant().plusSeconds(1);
        var dana = table.rows(org.caredesk.domain.csat.CsatTable.GroupBy.AGENT, before, after).stream()
                .filter(r -> this.dana.login().equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertEquals(3, dana.ratings());
        assertEquals(10 / 3.0, dana.average(), 0.001);
        assertEquals(2, dana.satisfied());
        assertEquals(1, dana.comments());
        assertFalse(table.rows(org.caredesk.domain.csat.CsatTable.GroupBy.PRODUCT, before, after)
                .isEmpty());
        assertTrue(table.latestComments(before, after).stream()
                .anyMatch(c -> c.comment().equals("Too slow") && c.score() == 1));
        assertTrue(table.rows(org.caredesk.domain.csat.CsatTable.GroupBy.AGENT, after, after.plusSeconds(5))
                .isEmpty());
    }

    private long version(CaseReceipt receipt) {
        return details.find(receipt.caseNumber()).orElseThrow().version();
    }

    private CaseReceipt submit(String subject, String message, String phone) {
        return jpa.inTransaction(em -> intake.submit(
                new CaseSubmission(subject, message, null, "Ann Example", null, phone, "en"), Channel.WEB, null));
    }
}
