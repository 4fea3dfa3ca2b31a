package org.caredesk.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.caredesk.domain.kb.KnowledgeBase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the help-article index can be searched. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {
    private final EntityManager entityManager;
    private final KnowledgeBase knowledgeBase;

    protected DatabaseHealth() {
        this(null, null);
    }

    @Inject
    public DatabaseHealth(EntityManager entityManager, KnowledgeBase knowledgeBase) {
        this.entityManager = entityManager;
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public HealthCheckResponse call() {
        boolean database;
        try {
            entityManager.createNativeQuery("SELECT last_seq FROM feed_counter WHERE id = 1").getSingleResult();
            database = true;
        } catch (RuntimeException e) {
            database = false;
        }
        boolean index = knowledgeBase.isUsable();
        return HealthCheckResponse.named("caredesk")
                .status(database && index)
                .withData("database", database)
                .withData("articleIndex", index)
                .build();
    }
}
