package org.caredesk.domain.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The application's own persistence unit ("caredesk", with its entities and mappings), run
 * outside the container on a test database, with transactions the test opens and commits.
 */
final class JpaHarness implements AutoCloseable {
    private final EntityManagerFactory factory;
    private final EntityManager entityManager;

    JpaHarness(TestDatabase database) {
        this(database.dataSource());
    }

    /** On any data source (the report benchmark's generated schema). */
    JpaHarness(javax.sql.DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, null);
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.TARGET_SERVER, "None");
        this.factory = jakarta.persistence.Persistence.createEntityManagerFactory("caredesk", properties);
        this.entityManager = factory.createEntityManager();
    }

    EntityManager entityManager() {
        return entityManager;
    }

    /** Runs {@code work} in one committed transaction, as a @Transactional service method would. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityTransaction transaction = entityManager.getTransaction();
        transaction.begin();
        try {
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.clear();
        }
    }

    @Override
    public void close() {
        entityManager.close();
        factory.close();
    }
}
