package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.caredesk.domain.platform.CareDeskSettings;

/** Hands out case numbers ("CD-100001") from a database sequence shared by every instance. */
@ApplicationScoped
public class CaseNumbers {
    private final EntityManager entityManager;
    private final String nextValueSql;

    protected CaseNumbers() {
        this.entityManager = null;
        this.nextValueSql = null;
    }

    @Inject
    public CaseNumbers(EntityManager entityManager, CareDeskSettings settings) {
        this.entityManager = entityManager;
        // The one statement that differs between the two databases.
        this.nextValueSql = settings.embeddedDatabase()
                ? "SELECT NEXT VALUE FOR case_number_seq"
                : "SELECT nextval('case_number_seq')";
    }

    public String next() {
        // A sequence does not depend on what the transaction has pending: without COMMIT the query flushed
        // every pending change first, which made the demo seeding's cost grow with its own size.
        long value = ((Number) entityManager
                        .createNativeQuery(nextValueSql)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getSingleResult())
                .longValue();
        return "CD-" + value;
    }
}
