package org.caredesk.domain.kb.synonyms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.kb.SynonymSet;

/**
 * Keeps this application's search index on the stored synonyms: loaded once the index is open,
 * and again whenever the feed says they changed (in whichever application or instance), the same
 * path article changes take.
 */
@ApplicationScoped
public class Synonyms {
    private static final Logger LOG = Logger.getLogger(Synonyms.class.getName());

    private final SynonymStore store;
    private final KnowledgeBase knowledgeBase;
    private final FeedFollower follower;
    private boolean following;

    protected Synonyms() {
        this(null, null, null);
    }

    @Inject
    public Synonyms(SynonymStore store, KnowledgeBase knowledgeBase, FeedFollower follower) {
        this.store = store;
        this.knowledgeBase = knowledgeBase;
        this.follower = follower;
    }

    /** Applies the stored synonyms and follows their changes; call after the index is open. Idempotent. */
    public synchronized void follow() {
        if (following) {
            return;
        }
        following = true;
        reload();
        follower.addListener(this::onEvents);
    }

    private void onEvents(List<FeedRecord> events) {
        if (events.stream().anyMatch(e -> SynonymStore.CHANGED.equals(e.type()))) {
            reload();
        }
    }

    private void reload() {
        try {
            knowledgeBase.useSynonyms(SynonymSet.parse(store.text()));
        } catch (IllegalArgumentException e) {
            // Only valid text is ever saved; a row edited by hand keeps the previous synonyms.
            LOG.log(
                    Level.WARNING,
                    "Stored search synonyms are not valid; keeping the previous ones: {0}",
                    e.getMessage());
        }
    }
}
