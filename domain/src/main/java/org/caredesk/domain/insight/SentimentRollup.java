package org.caredesk.domain.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.platform.SqlTimes;
import org.caredesk.domain.privacy.ConsentPurpose;

/**
 * The sentiment dashboard's daily roll-up ({@code sentiment_day}): tagged consumer contacts (not agents'
 * replies or notes) about a product per UTC day, by label, without the contacts of customers whose
 * analytics consent is withdrawn. {@link #refresh} recounts only the days that changed since the last
 * refresh: the days of contacts stored or re-tagged since (by id, and by {@code changed_at}: those stamped
 * up to {@link #CHANGE_MARGIN} before the last refresh, for transactions committed late), and the days of the customers whose analytics decision changed (by
 * consent id and time, compared with {@code sentiment_withdrawn}, the decisions the roll-up counted with).
 * The first refresh counts the whole history, a month at a time.
 */
@ApplicationScoped
public class SentimentRollup {
    /** Contacts and consents committed this long after they were stamped are still found by the next refresh. */
    static final Duration CHANGE_MARGIN = Duration.ofMinutes(5);
    /** Consent ids come from per-instance blocks: re-read this many ids below the highest seen. */
    static final long CONSENT_ID_MARGIN = 200;

    private static final int CHUNK = 500;

    private final EntityManager em;
    /** What this instance's last refresh wrote and the changed contacts it read (see {@link Counted}). */
    private volatile Counted lastCounted = Counted.NONE;

    /**
     * The state a refresh wrote and the stamps of the contacts it read within the margin. The next refresh finds
     * the same state only if that one committed, and then its re-read of the margin needs no recount for a contact
     * at the same stamp: its day was counted with it (a new stamp, or a late commit it did not see, still counts).
     */
    private record Counted(long contactId, Instant changedSince, Map<Long, Instant> stamps) {
        static final Counted NONE = new Counted(Long.MIN_VALUE, Instant.MIN, Map.of());
    }

    protected SentimentRollup() {
        this(null);
    }

    @Inject
    public SentimentRollup(EntityManager em) {
        this.em = em;
    }

    /** One tagged consumer contact about a product, counted (its customer did not withdraw consent). */
    record Row(Instant receivedAt, String sentiment, String productCode) {}

    /** Per-label counts: negative, neutral and positive (any other label counts as positive, as before). */
    static int label(String sentiment) {
        return switch (sentiment) {
            case "negative" -> 0;
            case "neutral" -> 1;
            default -> 2;
        };
    }

    /** What one refresh recounted. */
    public record Refresh(int days, int customers) {}

    /** Brings {@code sentiment_day} in line with the contacts and consents stored since the last refresh. */
    @Transactional
    public Refresh refresh() {
        Object[] state = (Object[])
                em.createNativeQuery("SELECT contact_id, consent_id, changed_at, consent_at FROM sentiment_rollup_state"
                                + " WHERE name = 'sentiment' FOR UPDATE")
                        .getSingleResult();
        long lastContact = ((Number) state[0]).longValue();
        long lastConsent = ((Number) state[1]).longValue();
        Instant lastChange = SqlTimes.instant(state[2]);
        Instant lastConsentAt = SqlTimes.instant(state[3]);
        if (lastContact < 0) {
            return rebuild();
        }
        Set<LocalDate> days = new TreeSet<>();
        long maxContact = lastContact;
        // In microseconds, as the database keeps it: the next refresh compares what it reads back with it.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // Two queries, each on its index (an OR of the two conditions reads every contact on PostgreSQL).
        List<Object[]> changed = new ArrayList<>(
                em.createQuery("SELECT c.id, c.receivedAt FROM Contact c WHERE c.id > :id", Object[].class)
                        .setParameter("id", lastContact)
                        .getResultList());
        Counted before = lastCounted;
        Map<Long, Instant> already = before.contactId() == lastContact
                        && before.changedSince().equals(lastChange.truncatedTo(ChronoUnit.MICROS))
                ? before.stamps()
                : Map.of();
        Map<Long, Instant> stamps = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT c.id, c.receivedAt, c.changedAt FROM Contact c WHERE c.changedAt >= :since"
                                + " ORDER BY c.changedAt",
                        Object[].class)
                .setParameter("since", lastChange)
                .getResultList()) {
            Instant stamp = ((Instant) row[2]).truncatedTo(ChronoUnit.MICROS);
            stamps.put((Long) row[0], stamp);
            if (!stamp.equals(already.get((Long) row[0]))) {
                changed.add(row);
            }
        }
        for (Object[] row : changed) {
            days.add(day((Instant) row[1]));
            maxContact = Math.max(maxContact, (Long) row[0]);
        }
        // Contacts stamped before this refresh but committed after it are read again by the next ones.
        Instant nextSince = now.minus(CHANGE_MARGIN);
        nextSince = nextSince.isAfter(lastChange) ? nextSince : lastChange;

        long maxConsent = lastConsent;
        Set<Long> candidates = new HashSet<>();
        for (Object[] row : em.createQuery(
                        "SELECT k.id, k.customer.id FROM Consent k WHERE k.purpose = :p"
                                + " AND (k.id > :id OR k.recordedAt >= :since)",
                        Object[].class)
                .setParameter("p", ConsentPurpose.ANALYTICS)
                .setParameter("id", Math.max(0, lastConsent - CONSENT_ID_MARGIN))
                .setParameter("since", lastConsentAt)
                .getResultList()) {
            maxConsent = Math.max(maxConsent, (Long) row[0]);
            candidates.add((Long) row[1]);
        }
        // Like contacts: decisions recorded up to the margin before this refresh are read again by the next ones.
        Instant nextConsentSince = nextSince.isAfter(lastConsentAt) ? nextSince : lastConsentAt;
        Set<Long> turned = turned(candidates);
        for (List<Long> chunk : chunks(turned)) {
            em.createQuery("SELECT c.receivedAt FROM Contact c WHERE c.customer.id IN :ids", Instant.class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(at -> days.add(day(at)));
        }
        for (LocalDate day : days) {
            recount(day, day.plusDays(1));
        }
        em.createNativeQuery("UPDATE sentiment_rollup_state SET contact_id = ?1, consent_id = ?2, changed_at = ?3,"
                        + " consent_at = ?4 WHERE name = 'sentiment'")
                .setParameter(1, maxContact)
                .setParameter(2, maxConsent)
                .setParameter(3, nextSince.atOffset(ZoneOffset.UTC))
                .setParameter(4, nextConsentSince.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        lastCounted = new Counted(maxContact, nextSince.truncatedTo(ChronoUnit.MICROS), Map.copyOf(stamps));
        return new Refresh(days.size(), turned.size());
    }

    /** Counts the whole history afresh, a month of contacts at a time. */
    private Refresh rebuild() {
        em.createNativeQuery("DELETE FROM sentiment_day").executeUpdate();
        em.createNativeQuery("DELETE FROM sentiment_withdrawn").executeUpdate();
        // The customers whose latest analytics decision says no (consents are appended).
        int withdrawn = em.createNativeQuery("INSERT INTO sentiment_withdrawn (customer_id)"
                        + " SELECT DISTINCT k.customer_id FROM consent k WHERE k.purpose = ?1 AND k.granted = FALSE"
                        + " AND NOT EXISTS (SELECT 1 FROM consent l WHERE l.customer_id = k.customer_id"
                        + " AND l.purpose = k.purpose AND (l.recorded_at > k.recorded_at"
                        + " OR (l.recorded_at = k.recorded_at AND l.id > k.id)))")
                .setParameter(1, ConsentPurpose.ANALYTICS.name())
                .executeUpdate();
        Instant since = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(CHANGE_MARGIN);
        Object[] range =
                (Object[]) em.createNativeQuery("SELECT MIN(received_at), MAX(received_at), MAX(id) FROM contact")
                        .getSingleResult();
        Object[] consents =
                (Object[]) em.createNativeQuery("SELECT MAX(id), MAX(recorded_at) FROM consent WHERE purpose = ?1")
                        .setParameter(1, ConsentPurpose.ANALYTICS.name())
                        .getSingleResult();
        // Read before the counts: what these stamps show is in them, so the next refresh need not recount it.
        Map<Long, Instant> stamps = stampsSince(since);
        int days = 0;
        if (range[0] != null) {
            LocalDate last = day(SqlTimes.instant(range[1]));
            for (LocalDate from = day(SqlTimes.instant(range[0])); !from.isAfter(last); from = from.plusMonths(1)) {
                days += recount(from, from.plusMonths(1));
            }
        }
        em.createNativeQuery("UPDATE sentiment_rollup_state SET contact_id = ?1, consent_id = ?2, changed_at = ?3,"
                        + " consent_at = ?4 WHERE name = 'sentiment'")
                .setParameter(1, range[2] == null ? 0L : ((Number) range[2]).longValue())
                .setParameter(2, consents[0] == null ? 0L : ((Number) consents[0]).longValue())
                .setParameter(3, since.atOffset(ZoneOffset.UTC))
                .setParameter(4, since.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        lastCounted = new Counted(
                range[2] == null ? 0L : ((Number) range[2]).longValue(), since.truncatedTo(ChronoUnit.MICROS), stamps);
        return new Refresh(days, withdrawn);
    }

    /** The stamps of the contacts changed at or after {@code since}, by contact id. */
    private Map<Long, Instant> stampsSince(Instant since) {
        Map<Long, Instant> stamps = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT c.id, c.changedAt FROM Contact c WHERE c.changedAt >= :since", Object[].class)
                .setParameter("since", since)
                .getResultList()) {
            stamps.put((Long) row[0], ((Instant) row[1]).truncatedTo(ChronoUnit.MICROS));
        }
        return Map.copyOf(stamps);
    }

    /**
     * The candidates whose latest analytics decision differs from the one the roll-up counted with; records the
     * new decision in {@code sentiment_withdrawn}.
     */
    private Set<Long> turned(Set<Long> candidates) {
        Set<Long> turned = new HashSet<>();
        for (List<Long> chunk : chunks(candidates)) {
            Map<Long, Boolean> latest = new HashMap<>();
            em.createQuery(
                            "SELECT k.customer.id, k.granted FROM Consent k WHERE k.purpose = :p"
                                    + " AND k.customer.id IN :ids ORDER BY k.recordedAt, k.id",
                            Object[].class)
                    .setParameter("p", ConsentPurpose.ANALYTICS)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(r -> latest.put((Long) r[0], (Boolean) r[1]));
            Set<Long> counted = withdrawnIn(chunk);
            for (Long customer : chunk) {
                boolean withdrawn = Boolean.FALSE.equals(latest.get(customer));
                if (withdrawn != counted.contains(customer)) {
                    turned.add(customer);
                    em.createNativeQuery(
                                    withdrawn
                                            ? "INSERT INTO sentiment_withdrawn (customer_id) VALUES (?1)"
                                            : "DELETE FROM sentiment_withdrawn WHERE customer_id = ?1")
                            .setParameter(1, customer)
                            .executeUpdate();
                }
            }
        }
        return turned;
    }

    private Set<Long> withdrawnIn(Collection<Long> customers) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : chunks(customers)) {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                in.append(i == 0 ? "?" : ", ?").append(i + 1);
            }
            var query = em.createNativeQuery(
                    "SELECT customer_id FROM sentiment_withdrawn WHERE customer_id IN (" + in + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            for (Object id : query.getResultList()) {
                found.add(((Number) id).longValue());
            }
        }
        return found;
    }

    /** Replaces the roll-up's days in {@code [from, to)} by a count of their contacts; returns the days counted. */
    private int recount(LocalDate from, LocalDate to) {
        em.createNativeQuery("DELETE FROM sentiment_day WHERE contact_day >= ?1 AND contact_day < ?2")
                .setParameter(1, from)
                .setParameter(2, to)
                .executeUpdate();
        Map<LocalDate, Map<String, int[]>> counts = new TreeMap<>();
        for (Row row : rows(start(from), start(to))) {
            counts.computeIfAbsent(day(row.receivedAt()), k -> new TreeMap<>())
                    .computeIfAbsent(row.productCode(), k -> new int[3])[label(row.sentiment())]++;
        }
        counts.forEach((day, products) -> products.forEach((code, c) -> em.createNativeQuery(
                        "INSERT INTO sentiment_day (contact_day, product_code, negative, neutral, positive)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, day)
                .setParameter(2, code)
                .setParameter(3, c[0])
                .setParameter(4, c[1])
                .setParameter(5, c[2])
                .executeUpdate()));
        return counts.size();
    }

    /**
     * The counted contacts received in {@code [from, to)}, read from the contacts themselves (the product: the
     * case's, else the first one the message names; customers in {@code sentiment_withdrawn} left out).
     */
    List<Row> rows(Instant from, Instant to) {
        Set<Long> withdrawn = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT w.customer_id FROM sentiment_withdrawn w WHERE w.customer_id IN"
                        + " (SELECT c.customer_id FROM contact c WHERE c.received_at >= ?1 AND c.received_at < ?2)")
                .setParameter(1, from.atOffset(ZoneOffset.UTC))
                .setParameter(2, to.atOffset(ZoneOffset.UTC))
                .getResultList()) {
            withdrawn.add(((Number) id).longValue());
        }
        // The customer id is the contact's own column: a join to the customers (as JPQL's c.customer makes it)
        // had PostgreSQL hash every customer for each day recounted.
        List<Object[]> tagged = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT c.id, c.received_at, c.sentiment, p.code, c.customer_id"
                        + " FROM contact c LEFT JOIN product p ON p.id = c.product_id"
                        + " WHERE c.received_at >= ?1 AND c.received_at < ?2 AND c.sentiment IS NOT NULL"
                        + " AND c.author = ?3 AND c.internal_note = FALSE")
                .setParameter(1, from.atOffset(ZoneOffset.UTC))
                .setParameter(2, to.atOffset(ZoneOffset.UTC))
                .setParameter(3, Author.CONSUMER.name())
                .getResultList()) {
            Object[] r = (Object[]) o;
            tagged.add(new Object[] {
                ((Number) r[0]).longValue(),
                SqlTimes.instant(r[1]),
                r[2],
                r[3],
                r[4] == null ? null : ((Number) r[4]).longValue()
            });
        }
        Map<Long, String> mentioned = new HashMap<>();
        if (tagged.stream().anyMatch(r -> r[3] == null)) {
            em.createQuery(
                            "SELECT c.id, m.productCode FROM Contact c JOIN c.productMentions m"
                                    + " WHERE c.receivedAt >= :from AND c.receivedAt < :to AND c.product IS NULL",
                            Object[].class)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultStream()
                    .forEach(r -> mentioned.putIfAbsent((Long) r[0], (String) r[1]));
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : tagged) {
            if (r[4] != null && withdrawn.contains((Long) r[4])) {
                continue;
            }
            String code = r[3] != null ? (String) r[3] : mentioned.get((Long) r[0]);
            if (code != null) {
                rows.add(new Row((Instant) r[1], (String) r[2], code));
            }
        }
        return rows;
    }

    /** Per day from {@code from} on (and per product), the roll-up's counts: negative, neutral, positive. */
    record Day(LocalDate day, String productCode, int negative, int neutral, int positive) {
        int total() {
            return negative + neutral + positive;
        }
    }

    /** The roll-up's rows for days in {@code [from, to)} ({@code to} null: no end), of one product or all. */
    List<Day> days(LocalDate from, LocalDate to, String productCode) {
        StringBuilder sql = new StringBuilder(
                "SELECT contact_day, product_code, negative, neutral, positive FROM sentiment_day WHERE contact_day >= ?1");
        if (to != null) {
            sql.append(" AND contact_day < ?2");
        }
        if (productCode != null) {
            sql.append(" AND product_code = ?3");
        }
        var query = em.createNativeQuery(sql.toString()).setParameter(1, from);
        if (to != null) {
            query.setParameter(2, to);
        }
        if (productCode != null) {
            query.setParameter(3, productCode);
        }
        List<Day> days = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            days.add(new Day(
                    localDate(r[0]),
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue()));
        }
        return days;
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date type " + value.getClass());
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
