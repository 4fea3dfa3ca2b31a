package org.caredesk.domain.kb.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records what consumers do in the help centre for the self-service report: searches (with how many
 * articles they found) and article views. Each in its own transaction, and a failure only logged: counting
 * must never cost a consumer their answer. Blank searches (the empty search page) are not searches.
 */
@ApplicationScoped
public class HelpCentreUsage {
    private static final Logger LOG = Logger.getLogger(HelpCentreUsage.class.getName());

    private final EntityManager em;
    private final Clock clock;

    protected HelpCentreUsage() {
        this(null, null);
    }

    @Inject
    public HelpCentreUsage(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void searched(String query, String language, long hits) {
        if (query == null || query.isBlank()) {
            return;
        }
        try {
            em.persist(new SearchLogEntry(clock.instant(), language, query, (int) Math.min(hits, Integer.MAX_VALUE)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a help-centre search", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void viewed(long articleId) {
        try {
            em.persist(new ArticleView(articleId, clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record an article view", e);
        }
    }
}
