package org.caredesk.domain.cases;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.platform.JsonTexts;
import org.caredesk.kb.similar.CaseText;
import org.caredesk.kb.similar.CaseTextIndex;

/**
 * Earlier cases that read like this one (subject and consumer messages, Lucene MoreLikeThis), to
 * spot duplicates. The index lives in memory: built from the database on first use, then kept
 * fresh from the feed's {@code case.created} and {@code case.updated} events.
 */
@ApplicationScoped
public class SimilarCases {
    private static final Logger LOG = Logger.getLogger(SimilarCases.class.getName());

    private final EntityManager entityManager;
    private final FeedFollower follower;
    private volatile CaseTextIndex index;

    protected SimilarCases() {
        this(null, null);
    }

    @Inject
    public SimilarCases(EntityManager entityManager, FeedFollower follower) {
        this.entityManager = entityManager;
        this.follower = follower;
    }

    /** Up to {@code limit} cases like {@code caseNumber}, most similar first, as queue rows. */
    @Transactional
    public List<CaseSummary> like(String caseNumber, int limit) {
        CaseTextIndex current = index();
        Optional<CaseText> text = texts(caseNumber).values().stream().findFirst();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> numbers = current.similarTo(text.get(), limit).stream()
                .map(s -> s.caseNumber())
                .toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, CaseSummary> found = new HashMap<>();
        entityManager
                .createQuery("SELECT c FROM SupportCase c WHERE c.caseNumber IN :numbers", SupportCase.class)
                .setParameter("numbers", numbers)
                .getResultStream()
                .forEach(c -> found.put(c.getCaseNumber(), CaseSummary.of(c)));
        return numbers.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private CaseTextIndex index() {
        CaseTextIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    long started = System.nanoTime();
                    CaseTextIndex built = new CaseTextIndex();
                    built.rebuild(texts(null).values());
                    LOG.info(() -> "Similar-case index: " + built.size() + " cases in "
                            + (System.nanoTime() - started) / 1_000_000 + " ms");
                    index = built;
                    // Through the container's proxy, so the listener's reads run in a transaction of their own.
                    SimilarCases proxy = jakarta.enterprise
                            .inject
                            .spi
                            .CDI
                            .current()
                            .select(SimilarCases.class)
                            .get();
                    follower.addListener(proxy::applyChanges);
                }
                current = index;
            }
        }
        return current;
    }

    /** Runs on the feed follower's thread: re-reads the cases the events name. */
    @Transactional
    public void applyChanges(List<FeedRecord> events) {
        CaseTextIndex current = index;
        for (FeedRecord event : events) {
            if (!FeedEventTypes.CASE_CREATED.equals(event.type())
                    && !FeedEventTypes.CASE_UPDATED.equals(event.type())) {
                continue;
            }
            String number;
            try (JsonReader reader = JsonTexts.reader(event.dataJson())) {
                number = reader.readObject().getString("caseNumber", null);
            }
            if (number != null) {
                texts(number).values().forEach(current::upsert);
            }
        }
    }

    /** Case texts: subject plus the consumer's messages; of one case, or of all when {@code caseNumber} is null. */
    private Map<String, CaseText> texts(String caseNumber) {
        String jpql = "SELECT c.caseNumber, c.language, c.subject, k.body FROM Contact k JOIN k.supportCase c"
                + " WHERE k.author = :consumer" + (caseNumber == null ? "" : " AND c.caseNumber = :number")
                + " ORDER BY c.id, k.receivedAt";
        var query = entityManager.createQuery(jpql, Object[].class).setParameter("consumer", Author.CONSUMER);
        if (caseNumber != null) {
            query.setParameter("number", caseNumber.trim().toUpperCase(java.util.Locale.ROOT));
        }
        Map<String, StringBuilder> bodies = new LinkedHashMap<>();
        Map<String, String> languages = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            String number = (String) row[0];
            languages.put(number, (String) row[1]);
            bodies.computeIfAbsent(number, n -> new StringBuilder((String) row[2]))
                    .append('\n')
                    .append((String) row[3]);
        }
        Map<String, CaseText> texts = new LinkedHashMap<>();
        bodies.forEach(
                (number, body) -> texts.put(number, new CaseText(number, languages.get(number), body.toString())));
        return texts;
    }

    @PreDestroy
    void close() {
        CaseTextIndex current = index;
        if (current != null) {
            current.close();
        }
    }
}
