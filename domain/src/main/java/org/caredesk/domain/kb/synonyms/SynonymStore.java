package org.caredesk.domain.kb.synonyms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.kb.SynonymSet;

/**
 * Reads and writes the synonyms. A separate bean from {@link Synonyms} so that the feed
 * listener's reads, which run on a background thread, go through the transactional proxy.
 */
@ApplicationScoped
@Transactional
public class SynonymStore {
    /** Feed event type: the synonyms changed (internal, not sent to consoles). */
    public static final String CHANGED = "kb.synonyms.changed";

    private final EntityManager entityManager;
    private final FeedPublisher feed;
    private final Clock clock;

    protected SynonymStore() {
        this(null, null, null);
    }

    @Inject
    public SynonymStore(EntityManager entityManager, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.clock = clock;
    }

    /** The stored text, or the shipped defaults' text when nobody has saved any. */
    public String text() {
        StoredSynonyms stored = entityManager.find(StoredSynonyms.class, StoredSynonyms.ROW);
        return stored == null ? SynonymSet.defaults().text() : stored.getContent();
    }

    /**
     * Validates and stores {@code text}, and tells every application through the feed.
     *
     * @throws IllegalArgumentException naming the bad line, when the text does not parse
     */
    public SynonymSet save(String text, String by) {
        SynonymSet parsed = SynonymSet.parse(text == null ? "" : text);
        StoredSynonyms stored = entityManager.find(StoredSynonyms.class, StoredSynonyms.ROW);
        if (stored == null) {
            entityManager.persist(new StoredSynonyms(parsed.text(), clock.instant(), by));
        } else {
            stored.replace(parsed.text(), clock.instant(), by);
        }
        feed.publish(CHANGED, new SynonymsChange(by));
        return parsed;
    }
}
