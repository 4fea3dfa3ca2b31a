package org.caredesk.domain.persistence;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The one harness of the persistence contracts: a subclass annotated
 * {@code @ParameterizedClass(name = "on {0}") @EnumSource(TestDatabase.Kind.class)} runs all its tests once on a
 * fresh, migrated H2 and once in a throw-away PostgreSQL schema (skipped, and said so, when that server does not
 * answer), with the application's own persistence unit on it. Subclasses set up their services in their own
 * {@code @BeforeParameterizedClassInvocation} method, which runs after this one. One instance serves both
 * databases (per-class life cycle), so a subclass resets there any state it keeps per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {
    @Parameter
    TestDatabase.Kind kind;

    TestDatabase database;
    JpaHarness jpa;

    @BeforeParameterizedClassInvocation
    void openDatabase() {
        database = kind.open();
        jpa = new JpaHarness(database);
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() throws Exception {
        if (jpa != null) {
            jpa.close();
        }
        if (database != null) {
            database.close();
        }
    }

    long count(String jpql) {
        return jpa.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
