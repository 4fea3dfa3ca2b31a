package org.caredesk.domain.cases.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.contact.Channel;
import org.caredesk.kb.casesearch.IndexedCase;

/**
 * Reads cases as the case index holds them, a few queries per batch (never one per case): a rebuild
 * of a large database reads it in id order, a feed event re-reads only the cases it names.
 */
@ApplicationScoped
@Transactional
public class IndexedCases {
    static final int BATCH = 1000;

    private final EntityManager entityManager;

    protected IndexedCases() {
        this(null);
    }

    @Inject
    public IndexedCases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many cases there are and when the latest changed: compared with the index at start-up. */
    public Object[] countAndLatest() {
        long count = entityManager
                .createQuery("SELECT COUNT(c) FROM SupportCase c", Long.class)
                .getSingleResult();
        // The newest by order rather than MAX(c.updatedAt): EclipseLink hands an aggregate of a converted
        // attribute to the Instant converter as the driver's Timestamp on PostgreSQL, which it cannot convert,
        // and the index was never rebuilt there.
        Instant latest = entityManager
                .createQuery(
                        "SELECT c.updatedAt FROM SupportCase c WHERE c.updatedAt IS NOT NULL ORDER BY c.updatedAt DESC",
                        Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new Object[] {count, latest};
    }

    /** The next {@link #BATCH} cases after id {@code afterId}, in id order, with the last id read. */
    public Batch after(long afterId) {
        List<Object[]> rows = select("c.id > :after ORDER BY c.id")
                .setParameter("after", afterId)
                .setMaxResults(BATCH)
                .getResultList();
        long last = rows.isEmpty() ? afterId : ((Number) rows.get(rows.size() - 1)[0]).longValue();
        return new Batch(cases(rows), last);
    }

    public record Batch(List<IndexedCase> cases, long lastId) {}

    /** The named cases as they are now; a number with no case is left out. */
    public List<IndexedCase> byNumbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return cases(select("c.caseNumber IN :numbers")
                .setParameter(
                        "numbers",
                        numbers.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList())
                .getResultList());
    }

    /** The consumer's words in one case (subject and messages) and its language, for similar cases. */
    public Optional<String[]> consumerText(String number) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "SELECT c.language, c.subject, k.body FROM Contact k JOIN k.supportCase c"
                                + " WHERE k.author = :consumer AND c.caseNumber = :number ORDER BY k.receivedAt",
                        Object[].class)
                .setParameter("consumer", Author.CONSUMER)
                .setParameter("number", number.trim().toUpperCase(Locale.ROOT))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder((String) rows.get(0)[1]);
        rows.forEach(r -> text.append('\n').append((String) r[2]));
        return Optional.of(new String[] {(String) rows.get(0)[0], text.toString()});
    }

    private jakarta.persistence.TypedQuery<Object[]> select(String where) {
        return entityManager.createQuery(
                "SELECT c.id, c.caseNumber, c.subject, c.status, c.channel, c.language, p.name,"
                        + " cu.firstName, cu.lastName, cu.email, cu.phone, c.contactName, c.contactEmail,"
                        + " c.contactPhone, a.email, c.sentiment, c.hazard, c.createdAt, c.updatedAt, cu.erased"
                        + " FROM SupportCase c LEFT JOIN c.product p LEFT JOIN c.customer cu LEFT JOIN c.assignee a"
                        + " WHERE " + where,
                Object[].class);
    }

    private List<IndexedCase> cases(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<String>> tags = new HashMap<>();
        entityManager
                .createQuery("SELECT c.id, t FROM SupportCase c JOIN c.tags t WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> tags.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add((String) r[1]));
        Map<Long, StringBuilder> consumer = new HashMap<>();
        Map<Long, StringBuilder> staff = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT k.supportCase.id, k.author, k.body FROM Contact k WHERE k.supportCase.id IN :ids"
                                + " ORDER BY k.receivedAt",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> (r[1] == Author.CONSUMER ? consumer : staff)
                        .computeIfAbsent(((Number) r[0]).longValue(), k -> new StringBuilder())
                        .append(r[2] == null ? "" : (String) r[2])
                        .append('\n'));
        List<IndexedCase> cases = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            boolean erased = Boolean.TRUE.equals(r[19]);
            String customerName = r[7] != null || r[8] != null
                    ? erased ? null : (nonNull(r[7]) + " " + nonNull(r[8])).trim()
                    : (String) r[11];
            cases.add(new IndexedCase(
                    (String) r[1],
                    (String) r[2],
                    ((CaseStatus) r[3]).wireName(),
                    ((Channel) r[4]).wireName(),
                    (String) r[5],
                    (String) r[6],
                    customerName,
                    Stream.of(erased ? null : (String) r[9], (String) r[12]).toList(),
                    Stream.of(erased ? null : (String) r[10], (String) r[13]).toList(),
                    (String) r[14],
                    tags.getOrDefault(id, List.of()),
                    (String) r[15],
                    Boolean.TRUE.equals(r[16]),
                    (Instant) r[17],
                    (Instant) r[18],
                    String.valueOf(consumer.getOrDefault(id, new StringBuilder())),
                    String.valueOf(staff.getOrDefault(id, new StringBuilder()))));
        }
        return cases;
    }

    private static String nonNull(Object value) {
        return value == null ? "" : value.toString();
    }
}
