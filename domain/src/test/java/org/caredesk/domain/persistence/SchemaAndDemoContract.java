package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.views.CaseViews;
import org.caredesk.domain.cases.views.ViewSummary;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.demo.DemoSeeder;
import org.caredesk.domain.platform.SchemaMigrator;
import org.caredesk.domain.security.PasswordHashing;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema and the demo data on every supported database: the migrations run once, and the demo data fits
 * the schema and is seeded once.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SchemaAndDemoContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();

    @Test
    void migrationsAreAlreadyAppliedOnASecondRun() {
        assertEquals(0, SchemaMigrator.migrate(database.dataSource()));
    }

    @Test
    void theDemoDataFitsTheSchemaAndIsSeededOnce() {
        PasswordHashing hash = new PasswordHashing(1_000); // the test-only cost
        DemoSeeder seeder = new DemoSeeder(
                jpa.entityManager(),
                hash,
                new ContactTagger(),
                new CaseNumbers(jpa.entityManager(), database.settings()),
                clock);

        jpa.inTransaction(em -> {
            seeder.seedOnce();
            return null;
        });
        long contacts = count("SELECT COUNT(k) FROM Contact k");
        jpa.inTransaction(em -> {
            seeder.seedOnce();
            return null;
        });

        assertEquals(contacts, count("SELECT COUNT(k) FROM Contact k"), "a second start seeds nothing");
        assertTrue(contacts >= 2000, "contacts: " + contacts);
        assertTrue(count("SELECT COUNT(c) FROM Customer c") >= 200);
        assertTrue(count("SELECT COUNT(p) FROM Product p") >= 20);
        assertTrue(count("SELECT COUNT(a) FROM Article a WHERE a.language = 'it'") >= 10);
        UserAccount alice = jpa.inTransaction(em -> em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", "alice@example.com")
                .getSingleResult());
        assertTrue(alice.getPasswordHash().startsWith("PBKDF2"), "stored as a PBKDF2 hash");
        assertTrue(hash.verify("alice-demo".toCharArray(), alice.getPasswordHash()));
        assertFalse(hash.verify("wrong".toCharArray(), alice.getPasswordHash()));

        // Issue 13 item 20: the demo queue is a queue a team keeps up with, a minority breached, not a wall of red.
        var em = jpa.entityManager();
        Map<String, Long> counts = new CaseViews(em, new CaseQueue(em, new SlaTargets(em), clock), clock)
                .views("agent@example.com").stream().collect(Collectors.toMap(ViewSummary::key, ViewSummary::count));
        System.out.printf("Demo queue on %s: %d open, %d breached%n", kind, counts.get("open"), counts.get("breached"));
        assertTrue(counts.get("open") >= 20, "open demo cases: " + counts);
        assertTrue(counts.get("breached") > 0, "a realistic queue has some breaches: " + counts);
        assertTrue(counts.get("breached") * 2 < counts.get("open"), "a minority breached: " + counts);
    }
}
