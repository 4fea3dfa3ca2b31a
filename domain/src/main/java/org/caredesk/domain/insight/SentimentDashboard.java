package org.caredesk.domain.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.product.Product;

/**
 * Sentiment over time per product, the products with the largest negative shift this week, and the
 * latest negative contacts. Counts tagged consumer messages (not agents' replies or notes) about a
 * product (the case's product, else the first product the message names), and leaves out every
 * contact of a customer who withdrew analytics consent. Weeks are ISO weeks in UTC.
 */
@ApplicationScoped
@Transactional
public class SentimentDashboard {
    /** A product needs this many contacts in the last 7 days to be ranked by its shift. */
    static final int MIN_WEEK_CONTACTS = 3;

    static final int EARLIER_WEEKS = 4;
    private static final int EXCERPT = 240;

    private final EntityManager entityManager;
    private final AnalyticsExclusions exclusions;
    private final Clock clock;

    protected SentimentDashboard() {
        this(null, null, null);
    }

    @Inject
    public SentimentDashboard(EntityManager entityManager, AnalyticsExclusions exclusions, Clock clock) {
        this.entityManager = entityManager;
        this.exclusions = exclusions;
        this.clock = clock;
    }

    /** Products with tagged contacts in the last {@code weeks} weeks, most discussed first. */
    public List<SentimentFigures.ProductOption> products(int weeks) {
        Map<String, Long> counts =
                rows(since(weeks)).stream().collect(Collectors.groupingBy(Row::productCode, Collectors.counting()));
        Map<String, String> names = names();
        return counts.entrySet().stream()
                .map(e -> new SentimentFigures.ProductOption(
                        e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(SentimentFigures.ProductOption::contacts)
                        .reversed()
                        .thenComparing(SentimentFigures.ProductOption::code))
                .toList();
    }

    /** The last {@code weeks} ISO weeks (this one included) for one product, or all when {@code productCode} is null. */
    public List<SentimentFigures.Week> weekly(String productCode, int weeks) {
        LocalDate firstWeek =
                monday(LocalDate.now(clock.withZone(ZoneOffset.UTC))).minusWeeks(weeks - 1L);
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.put(firstWeek.plusWeeks(i), new int[3]);
        }
        for (Row row : rows(firstWeek.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            if (productCode != null && !productCode.equals(row.productCode())) {
                continue;
            }
            int[] counts = byWeek.get(monday(LocalDate.ofInstant(row.receivedAt(), ZoneOffset.UTC)));
            if (counts != null) {
                counts[
                        switch (row.sentiment()) {
                            case "negative" -> 0;
                            case "neutral" -> 1;
                            default -> 2;
                        }]++;
            }
        }
        return byWeek.entrySet().stream()
                .map(e -> new SentimentFigures.Week(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** Products whose negative share rose most in the last 7 days against the 4 weeks before, largest rise first. */
    public List<SentimentFigures.Shift> largestNegativeShifts(int limit) {
        Instant now = clock.instant();
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Map<String, int[]> counts = new HashMap<>(); // this week's negative, total; earlier negative, total
        for (Row row : rows(weekAgo.minus(Duration.ofDays(7L * EARLIER_WEEKS)))) {
            int[] c = counts.computeIfAbsent(row.productCode(), k -> new int[4]);
            int offset = row.receivedAt().isBefore(weekAgo) ? 2 : 0;
            c[offset + 1]++;
            if ("negative".equals(row.sentiment())) {
                c[offset]++;
            }
        }
        Map<String, String> names = names();
        return counts.entrySet().stream()
                .filter(e -> e.getValue()[1] >= MIN_WEEK_CONTACTS)
                .map(e -> {
                    int[] c = e.getValue();
                    double now7 = 100.0 * c[0] / c[1];
                    double earlier = c[3] == 0 ? 0 : 100.0 * c[2] / c[3];
                    return new SentimentFigures.Shift(
                            e.getKey(),
                            names.getOrDefault(e.getKey(), e.getKey()),
                            c[1],
                            now7,
                            c[3],
                            earlier,
                            now7 - earlier);
                })
                .filter(s -> s.shift() > 0)
                .sorted(Comparator.comparingDouble(SentimentFigures.Shift::shift)
                        .reversed()
                        .thenComparing(SentimentFigures.Shift::productCode))
                .limit(limit)
                .toList();
    }

    /** The latest negative consumer contacts about a product, newest first, with their evidence. */
    public List<SentimentFigures.NegativeContact> latestNegative(String productCode, int limit) {
        Set<Long> withdrawn = exclusions.withdrawnCustomers();
        Map<String, String> names = names();
        List<SentimentFigures.NegativeContact> found = new ArrayList<>();
        var query = entityManager
                .createQuery(
                        "SELECT c FROM Contact c WHERE c.sentiment = 'negative' "
                                + "AND c.author = :consumer AND c.internalNote = false ORDER BY c.receivedAt DESC, c.id DESC",
                        Contact.class)
                .setParameter("consumer", Author.CONSUMER);
        int page = 0;
        while (found.size() < limit) {
            List<Contact> batch =
                    query.setFirstResult(page * 100).setMaxResults(100).getResultList();
            for (Contact c : batch) {
                String code = productCode(c);
                if (found.size() < limit
                        && code != null
                        && (productCode == null || productCode.equals(code))
                        && (c.getCustomer() == null
                                || !withdrawn.contains(c.getCustomer().getId()))) {
                    found.add(negative(c, code, names));
                }
            }
            if (batch.size() < 100) {
                break;
            }
            page++;
        }
        return found;
    }

    private static SentimentFigures.NegativeContact negative(Contact c, String code, Map<String, String> names) {
        String body = c.getBody() == null ? "" : c.getBody().strip();
        return new SentimentFigures.NegativeContact(
                c.getId(),
                c.getReceivedAt(),
                code,
                names.getOrDefault(code, code),
                c.getChannel().wireName(),
                c.getSupportCase() == null ? null : c.getSupportCase().getCaseNumber(),
                body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…",
                c.getSentimentScore() == null ? 0 : c.getSentimentScore(),
                c.getSentimentEvidence(),
                c.getHazards().stream()
                        .map(h -> h.getCategory() + ": " + h.getEvidence())
                        .toList());
    }

    private static String productCode(Contact c) {
        if (c.getProduct() != null) {
            return c.getProduct().getCode();
        }
        return c.getProductMentions().stream()
                .map(m -> m.getProductCode())
                .findFirst()
                .orElse(null);
    }

    /** One tagged consumer contact about a product, read as plain columns (no entity per row). */
    private record Row(long id, Instant receivedAt, String sentiment, String productCode) {}

    private List<Row> rows(Instant from) {
        Set<Long> withdrawn = exclusions.withdrawnCustomers();
        List<Row> rows = new ArrayList<>();
        entityManager
                .createQuery(
                        "SELECT c.id, c.receivedAt, c.sentiment, p.code, cu.id FROM Contact c "
                                + "LEFT JOIN c.product p LEFT JOIN c.customer cu WHERE c.receivedAt >= :from AND c.sentiment IS NOT NULL "
                                + "AND c.author = :consumer AND c.internalNote = false",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("consumer", Author.CONSUMER)
                .getResultStream()
                .filter(r -> r[4] == null || !withdrawn.contains((Long) r[4]))
                .forEach(r -> rows.add(new Row((Long) r[0], (Instant) r[1], (String) r[2], (String) r[3])));
        Map<Long, String> mentioned = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT c.id, m.productCode FROM Contact c JOIN c.productMentions m "
                                + "WHERE c.receivedAt >= :from AND c.product IS NULL",
                        Object[].class)
                .setParameter("from", from)
                .getResultStream()
                .forEach(r -> mentioned.putIfAbsent((Long) r[0], (String) r[1]));
        return rows.stream()
                .map(r -> r.productCode() != null
                        ? r
                        : new Row(r.id(), r.receivedAt(), r.sentiment(), mentioned.get(r.id())))
                .filter(r -> r.productCode() != null)
                .toList();
    }

    private Instant since(int weeks) {
        return monday(LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .minusWeeks(weeks - 1L)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    private Map<String, String> names() {
        return entityManager
                .createQuery("SELECT p FROM Product p", Product.class)
                .getResultStream()
                .collect(Collectors.toMap(Product::getCode, Product::getName, (a, b) -> a));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
