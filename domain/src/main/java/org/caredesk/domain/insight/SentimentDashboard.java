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
    private final SentimentRollup rollup;
    private final Clock clock;

    protected SentimentDashboard() {
        this(null, null, null, null);
    }

    @Inject
    public SentimentDashboard(
            EntityManager entityManager, AnalyticsExclusions exclusions, SentimentRollup rollup, Clock clock) {
        this.entityManager = entityManager;
        this.exclusions = exclusions;
        this.rollup = rollup;
        this.clock = clock;
    }

    /** Products with tagged contacts in the last {@code weeks} weeks, most discussed first. */
    public List<SentimentFigures.ProductOption> products(int weeks) {
        rollup.refresh();
        Map<String, Long> counts = new HashMap<>();
        for (SentimentRollup.Day d : rollup.days(since(weeks), null, null)) {
            counts.merge(d.productCode(), (long) d.total(), Long::sum);
        }
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
        rollup.refresh();
        LocalDate firstWeek = since(weeks);
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.put(firstWeek.plusWeeks(i), new int[3]);
        }
        for (SentimentRollup.Day d : rollup.days(firstWeek, firstWeek.plusWeeks(weeks), productCode)) {
            int[] counts = byWeek.get(monday(d.day()));
            counts[0] += d.negative();
            counts[1] += d.neutral();
            counts[2] += d.positive();
        }
        return byWeek.entrySet().stream()
                .map(e -> new SentimentFigures.Week(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /**
     * Products whose negative share rose most in the last 7 days against the 4 weeks before, largest rise first.
     * Whole days come from the roll-up; the two days cut by the bounds (35 and 7 days ago) from their contacts.
     */
    public List<SentimentFigures.Shift> largestNegativeShifts(int limit) {
        rollup.refresh();
        Instant now = clock.instant();
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Instant from = weekAgo.minus(Duration.ofDays(7L * EARLIER_WEEKS));
        Map<String, int[]> counts = new HashMap<>(); // this week's negative, total; earlier negative, total
        for (SentimentRollup.Day d : rollup.days(nextDay(from), SentimentRollup.day(weekAgo), null)) {
            int[] c = counts.computeIfAbsent(d.productCode(), k -> new int[4]);
            c[2] += d.negative();
            c[3] += d.total();
        }
        for (SentimentRollup.Day d : rollup.days(nextDay(weekAgo), null, null)) {
            int[] c = counts.computeIfAbsent(d.productCode(), k -> new int[4]);
            c[0] += d.negative();
            c[1] += d.total();
        }
        List<SentimentRollup.Row> cut = new ArrayList<>(rollup.rows(from, SentimentRollup.start(nextDay(from))));
        cut.addAll(rollup.rows(
                SentimentRollup.start(SentimentRollup.day(weekAgo)), SentimentRollup.start(nextDay(weekAgo))));
        for (SentimentRollup.Row row : cut) {
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

    /** The day after the one {@code at} falls in, or that day itself when {@code at} is its midnight. */
    private static LocalDate nextDay(Instant at) {
        LocalDate day = SentimentRollup.day(at);
        return SentimentRollup.start(day).equals(at) ? day : day.plusDays(1);
    }

    /**
     * The latest negative consumer contacts about a product, newest first, with their evidence. Reads columns a
     * page of 100 at a time, then the page's product mentions, customers' consents and the shown rows' hazards in
     * one query each (not the entities, whose relations cost a query per contact).
     */
    public List<SentimentFigures.NegativeContact> latestNegative(String productCode, int limit) {
        Map<String, String> names = names();
        List<Object[]> found = new ArrayList<>();
        var query = entityManager
                .createQuery(
                        "SELECT c.id, c.receivedAt, c.channel, c.body, c.sentimentScore, c.sentimentEvidence, p.code,"
                                + " s.caseNumber, cu.id FROM Contact c LEFT JOIN c.product p LEFT JOIN c.supportCase s"
                                + " LEFT JOIN c.customer cu WHERE c.sentiment = 'negative' AND c.author = :consumer"
                                + " AND c.internalNote = false ORDER BY c.receivedAt DESC, c.id DESC",
                        Object[].class)
                .setParameter("consumer", Author.CONSUMER);
        int page = 0;
        while (found.size() < limit) {
            List<Object[]> batch =
                    query.setFirstResult(page * 100).setMaxResults(100).getResultList();
            Map<Long, String> mentioned = firstMentions(batch.stream()
                    .filter(r -> r[6] == null)
                    .map(r -> (Long) r[0])
                    .toList());
            // Only this page's customers' consents: the withdrawn among all customers grow with the history.
            Set<Long> withdrawn = exclusions.withdrawnAmong(batch.stream()
                    .filter(r -> r[8] != null)
                    .map(r -> (Long) r[8])
                    .collect(Collectors.toSet()));
            for (Object[] r : batch) {
                String code = r[6] != null ? (String) r[6] : mentioned.get((Long) r[0]);
                if (found.size() < limit
                        && code != null
                        && (productCode == null || productCode.equals(code))
                        && (r[8] == null || !withdrawn.contains((Long) r[8]))) {
                    r[6] = code;
                    found.add(r);
                }
            }
            if (batch.size() < 100) {
                break;
            }
            page++;
        }
        Map<Long, List<String>> hazards = new HashMap<>();
        if (!found.isEmpty()) {
            entityManager
                    .createQuery(
                            "SELECT c.id, h.category, h.evidence FROM Contact c JOIN c.hazards h WHERE c.id IN :ids",
                            Object[].class)
                    .setParameter("ids", found.stream().map(r -> (Long) r[0]).toList())
                    .getResultStream()
                    .forEach(h -> hazards.computeIfAbsent((Long) h[0], k -> new ArrayList<>())
                            .add(h[1] + ": " + h[2]));
        }
        return found.stream()
                .map(r -> negative(r, names, hazards.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    /** The first product each contact names (as {@code Contact.getProductMentions()} lists them). */
    private Map<Long, String> firstMentions(List<Long> contactIds) {
        Map<Long, String> first = new HashMap<>();
        if (!contactIds.isEmpty()) {
            entityManager
                    .createQuery(
                            "SELECT c.id, m.productCode FROM Contact c JOIN c.productMentions m WHERE c.id IN :ids",
                            Object[].class)
                    .setParameter("ids", contactIds)
                    .getResultStream()
                    .forEach(m -> first.putIfAbsent((Long) m[0], (String) m[1]));
        }
        return first;
    }

    private static SentimentFigures.NegativeContact negative(
            Object[] r, Map<String, String> names, List<String> hazards) {
        String body = r[3] == null ? "" : ((String) r[3]).strip();
        String code = (String) r[6];
        return new SentimentFigures.NegativeContact(
                (Long) r[0],
                (Instant) r[1],
                code,
                names.getOrDefault(code, code),
                ((org.caredesk.domain.contact.Channel) r[2]).wireName(),
                (String) r[7],
                body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…",
                r[4] == null ? 0 : (Double) r[4],
                (String) r[5],
                hazards);
    }

    /** The Monday starting the first of the last {@code weeks} ISO weeks. */
    private LocalDate since(int weeks) {
        return monday(LocalDate.now(clock.withZone(ZoneOffset.UTC))).minusWeeks(weeks - 1L);
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
