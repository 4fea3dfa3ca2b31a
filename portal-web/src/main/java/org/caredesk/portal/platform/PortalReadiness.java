package org.caredesk.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.caredesk.domain.kb.KnowledgeBase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and the help-article index can be searched.
 *
 * <p>Only the portal declares a health check. MicroProfile Health is server-wide, and Payara Micro
 * calls every application's checks from the thread serving {@code /health}: a check declared in
 * the console too (it was, from the shared domain jar) was created with the portal's class loader
 * whenever {@code /health} was polled while the console was still deploying, and the console then
 * failed to start ("Can not set KnowledgeBase field ... to KnowledgeBase$Proxy"), reproduced by
 * polling {@code /health} during start-up as any orchestrator does.
 */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {
    private final EntityManager entityManager;
    private final KnowledgeBase knowledgeBase;

    protected PortalReadiness() {
        this(null, null);
    }

    @Inject
    public PortalReadiness(EntityManager entityManager, KnowledgeBase knowledgeBase) {
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
