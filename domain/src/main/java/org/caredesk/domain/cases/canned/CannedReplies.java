package org.caredesk.domain.cases.canned;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The canned replies: every agent reads them, supervisors write them (the console checks the role). */
@ApplicationScoped
@Transactional
public class CannedReplies {
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 4000;

    private final EntityManager entityManager;

    protected CannedReplies() {
        this(null);
    }

    @Inject
    public CannedReplies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All replies, those in {@code language} first, then by title. */
    public List<CannedReplyView> all(String language) {
        return entityManager
                .createQuery("SELECT r FROM CannedReply r ORDER BY r.title", CannedReply.class)
                .getResultStream()
                .map(CannedReplyView::of)
                .sorted((a, b) -> Boolean.compare(
                        !a.language().equals(language), !b.language().equals(language)))
                .toList();
    }

    public Optional<CannedReplyView> find(long id) {
        return Optional.ofNullable(entityManager.find(CannedReply.class, id)).map(CannedReplyView::of);
    }

    /** Creates ({@code id} null) or changes a reply. */
    public CannedReplyView save(CannedReplyView reply) {
        String title = required(reply.title(), MAX_TITLE, "title");
        String body = required(reply.body(), MAX_BODY, "text");
        String language = "it".equals(reply.language()) ? "it" : "en";
        CannedReply stored;
        if (reply.id() == null) {
            stored = new CannedReply(title, body, language);
            entityManager.persist(stored);
        } else {
            stored = Optional.ofNullable(entityManager.find(CannedReply.class, reply.id()))
                    .orElseThrow(() -> new IllegalArgumentException("no canned reply " + reply.id()));
            stored.change(title, body, language);
        }
        entityManager.flush();
        return CannedReplyView.of(stored);
    }

    public void delete(long id) {
        Optional.ofNullable(entityManager.find(CannedReply.class, id)).ifPresent(entityManager::remove);
    }

    private static String required(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + what + " is longer than " + max + " characters");
        }
        return value.trim();
    }
}
