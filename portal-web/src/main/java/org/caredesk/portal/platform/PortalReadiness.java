package org.caredesk.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.domain.platform.InstanceState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready ({@code /health/ready}, and {@code /health}) when both applications have started, the
 * database answers, the help-article index can be searched and the instance is not stopping.
 * When not, the answer says why (e.g. {@code "database": "Connection to 127.0.0.1:5432 refused"}).
 *
 * <p>Only the portal declares health checks. MicroProfile Health is server-wide, and Payara Micro
 * calls every application's checks from the thread serving {@code /health}: a check declared in
 * the console too (it was, from the shared domain jar) was created with the portal's class loader
 * whenever {@code /health} was polled while the console was still deploying, and the console then
 * failed to start ("Can not set KnowledgeBase field ... to KnowledgeBase$Proxy"), reproduced by
 * polling {@code /health} during start-up as any orchestrator does. The console's state reaches
 * this check through {@link InstanceState}.
 */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {
    static final String CONSOLE = "console";
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
        String database = databaseProblem();
        boolean index = knowledgeBase.isUsable();
        boolean console = InstanceState.find().isReady(CONSOLE);
        boolean draining = InstanceState.draining();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("caredesk")
                .status(database == null && index && console && !draining)
                .withData("database", database == null ? "up" : database)
                .withData("articleIndex", index)
                .withData("console", console ? "ready" : "not started")
                .withData("draining", draining);
        return response.build();
    }

    /** Null when the database answers; otherwise the reason, in one line. */
    private String databaseProblem() {
        try {
            entityManager
                    .createNativeQuery("SELECT last_seq FROM feed_counter WHERE id = 1")
                    .getSingleResult();
            return null;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage());
            int newline = message.indexOf('\n');
            return "down: " + (newline < 0 ? message : message.substring(0, newline));
        }
    }
}
