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

    /** The latest negative consumer contacts about a product, newest first, with their evidence. */
    public List<SentimentFigures.NegativeContact> latestNegative(String productCode, int limit) {
        Map<String, String> names = names();
        List<SentimentFigures.NegativeContact> found = new ArrayList<>();
        var query = entityManager
                .createQuery(
                        "SELECT c FROM Contact c WHERE c.sentiment = 'negative' "
                                + "AND c.author = :consumer AND c.internalNote = false ORDER BY c.receivedAt DESC, c.id DESC",
                        Contact.class)
                .setParameter("consumer", Author.CONSUMER)
                // One query per page for what each row shows, instead of one per contact and relation.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.product")
                .setHint("eclipselink.batch", "c.supportCase")
                .setHint("eclipselink.batch", "c.customer");
        int page = 0;
        while (found.size() < limit) {
            List<Contact> batch =
                    query.setFirstResult(page * 100).setMaxResults(100).getResultList();
            // Only this page's customers' consents: the withdrawn among all customers grow with the history.
            Set<Long> withdrawn = exclusions.withdrawnAmong(batch.stream()
                    .filter(c -> c.getCustomer() != null)
                    .map(c -> c.getCustomer().getId())
                    .collect(Collectors.toSet()));
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
