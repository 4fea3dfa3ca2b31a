package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.team.BusinessCalendar;
import org.caredesk.domain.team.WorkCalendars;

/**
 * The agents' queue: new, open and pending cases, most urgent first. Order: a breached SLA, then a
 * hazard signal, then negative sentiment, then the nearest SLA deadline, then the longest wait.
 */
@ApplicationScoped
public class CaseQueue {
    private final EntityManager entityManager;
    private final SlaTargets slaTargets;
    private final WorkCalendars calendars;
    private final Clock clock;

    protected CaseQueue() {
        this(null, null, null, null);
    }

    /** Outside a container, with clocks that run around the clock. */
    public CaseQueue(EntityManager entityManager, SlaTargets slaTargets, Clock clock) {
        this(entityManager, slaTargets, null, clock);
    }

    @Inject
    public CaseQueue(EntityManager entityManager, SlaTargets slaTargets, WorkCalendars calendars, Clock clock) {
        this.entityManager = entityManager;
        this.slaTargets = slaTargets;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Up to {@code max} cases matching {@code filter}, most urgent first. */
    public List<QueueEntry> cases(QueueFilter filter, int max) {
        return mostUrgent(filter, max).cases();
    }

    /**
     * Up to {@code max} cases matching {@code filter}, most urgent first, and how many matched.
     *
     * <p>Two queries: the order depends on each case's SLA clock (targets per channel and priority,
     * set by supervisors), so every matching case is ranked, but only from the few columns the rank
     * needs; then the cases shown are read whole. Reading every open case whole (with product,
     * customer, assignee and tags) took about 5 s a refresh at 77,000 open cases.
     */
    public QueueSlice mostUrgent(QueueFilter filter, int max) {
        SlaTargets.Lookup targets = slaTargets.lookup();
        WorkCalendars.Lookup hours = calendars == null ? team -> BusinessCalendar.ALWAYS : calendars.lookup();
        Instant now = clock.instant();
        List<Rank> ranked = filtered(
                        "SELECT c.id, c.channel, c.priority, c.createdAt, c.firstResponseAt,"
                                + " c.resolvedAt, c.hazard, c.sentiment, t.id FROM SupportCase c"
                                + " LEFT JOIN c.assignee a LEFT JOIN c.team t",
                        filter,
                        Object[].class)
                .getResultStream()
                .map(row -> Rank.of(row, targets, hours, now))
                .sorted(Rank.URGENCY)
                .toList();
        Map<Long, Integer> places = new HashMap<>();
        ranked.stream().limit(max).forEach(rank -> places.put(rank.id(), places.size()));
        if (places.isEmpty()) {
            return new QueueSlice(List.of(), ranked.size());
        }
        // One query for the rows and their product, customer and assignee; tags in one batch.
        List<QueueEntry> shown = entityManager
                .createQuery(
                        "SELECT c FROM SupportCase c LEFT JOIN FETCH c.product"
                                + " LEFT JOIN FETCH c.customer LEFT JOIN FETCH c.assignee WHERE c.id IN :ids",
                        SupportCase.class)
                .setParameter("ids", List.copyOf(places.keySet()))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.tags")
                .getResultStream()
                .sorted(Comparator.comparing(c -> places.get(c.getId())))
                .map(c -> entry(c, targets, hours, now))
                .toList();
        return new QueueSlice(shown, ranked.size());
    }

    /** The cases with these ids as queue rows, in the order given; an id with no case is left out. */
    public List<QueueEntry> rows(List<Long> ids) {
        return rowsWhere("c.id IN :keys", ids, r -> (Long) r[0]);
    }

    /** The cases with these numbers as queue rows, in the order given; a number with no case is left out. */
    public List<QueueEntry> rowsByNumber(List<String> numbers) {
        return rowsWhere("c.caseNumber IN :keys", numbers, r -> (String) r[1]);
    }

    /**
     * Queue rows read as a projection: one query for just the columns a row shows (with product, customer,
     * assignee and team joined), one for the tags of those cases; no entity is built or managed. Reading
     * the 50 rows of a view page as entities took most of a view refresh at 100,000 open cases.
     */
    private <K> List<QueueEntry> rowsWhere(String where, List<K> keys, java.util.function.Function<Object[], K> key) {
        if (keys.isEmpty()) {
            return List.of();
        }
        SlaTargets.Lookup targets = slaTargets.lookup();
        WorkCalendars.Lookup hours = calendars == null ? team -> BusinessCalendar.ALWAYS : calendars.lookup();
        Instant now = clock.instant();
        Map<K, Integer> places = new HashMap<>();
        keys.forEach(k -> places.putIfAbsent(k, places.size()));
        List<Object[]> rows = entityManager
                .createQuery(
                        "SELECT c.id, c.caseNumber, c.subject, c.status, c.priority, c.channel, c.language,"
                                + " p.name, c.productText, cu.firstName, cu.lastName, cu.erased, c.contactName,"
                                + " c.sentiment, c.hazard, a.email, c.createdAt, c.updatedAt, c.firstResponseAt,"
                                + " c.resolvedAt, t.id, c.version FROM SupportCase c LEFT JOIN c.product p"
                                + " LEFT JOIN c.customer cu LEFT JOIN c.assignee a LEFT JOIN c.team t WHERE " + where,
                        Object[].class)
                .setParameter("keys", List.copyOf(places.keySet()))
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(r -> places.get(key.apply(r))))
                .toList();
        Map<Long, List<String>> tags = tags(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream()
                .map(r -> entry(r, tags.getOrDefault((Long) r[0], List.of()), targets, hours, now))
                .toList();
    }

    /** The tags of these cases, each case's in alphabetical order (as the entity keeps them). */
    private Map<Long, List<String>> tags(List<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT c.id, t FROM SupportCase c JOIN c.tags t WHERE c.id IN :ids ORDER BY c.id, t",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> tags.computeIfAbsent((Long) r[0], id -> new java.util.ArrayList<>())
                        .add((String) r[1]));
        return tags;
    }

    /**
     * The open cases matching {@code filter}, selected by {@code select}, which names the case
     * {@code c} and its assignee, outer-joined, {@code a}. The assignee filter goes through that
     * alias: "c.assignee IS NULL" beside a fetch join became an inner join in EclipseLink, so
     * "Unassigned" listed nothing.
     */
    private <T> TypedQuery<T> filtered(String select, QueueFilter filter, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE c.status IN :open");
        if (present(filter.product())) {
            jpql.append(" AND c.product.name = :product");
        }
        if (present(filter.channel())) {
            jpql.append(" AND c.channel = :channel");
        }
        if (present(filter.language())) {
            jpql.append(" AND c.language = :language");
        }
        if (present(filter.sentiment())) {
            jpql.append(" AND c.sentiment = :sentiment");
        }
        if (QueueFilter.UNASSIGNED.equals(filter.assignee())) {
            jpql.append(" AND a IS NULL");
        } else if (present(filter.assignee())) {
            jpql.append(" AND a.email = :assignee");
        }
        TypedQuery<T> query = entityManager
                .createQuery(jpql.toString(), type)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING));
        if (present(filter.product())) {
            query.setParameter("product", filter.product());
        }
        if (present(filter.channel())) {
            query.setParameter("channel", Channel.fromWire(filter.channel()).orElse(null));
        }
        if (present(filter.language())) {
            query.setParameter("language", filter.language());
        }
        if (present(filter.sentiment())) {
            query.setParameter("sentiment", filter.sentiment());
        }
        if (present(filter.assignee()) && !QueueFilter.UNASSIGNED.equals(filter.assignee())) {
            query.setParameter("assignee", filter.assignee().trim().toLowerCase(Locale.ROOT));
        }
        return query;
    }

    /** What a case's place in the queue depends on, read without the case itself. */
    private record Rank(
            long id, boolean breached, boolean hazard, boolean negative, Instant nextDue, Instant createdAt) {
        /** The queue's order (see the class comment). */
        static final Comparator<Rank> URGENCY = Comparator.comparing((Rank r) -> !r.breached())
                .thenComparing(r -> !r.hazard())
                .thenComparing(r -> !r.negative())
                .thenComparing(r -> r.nextDue() == null ? Instant.MAX : r.nextDue())
                .thenComparing(Rank::createdAt);

        static Rank of(Object[] row, SlaTargets.Lookup targets, WorkCalendars.Lookup hours, Instant now) {
            Channel channel = (Channel) row[1];
            String priority = ((CasePriority) row[2]).name().toLowerCase(Locale.ROOT);
            Instant createdAt = (Instant) row[3];
            Long team = row[8] == null ? null : ((Number) row[8]).longValue();
            SlaClock sla = SlaClock.of(
                    targets.target(channel.wireName(), priority),
                    hours.forTeam(team),
                    createdAt,
                    (Instant) row[4],
                    (Instant) row[5],
                    now);
            return new Rank(
                    ((Number) row[0]).longValue(),
                    sla.breached(),
                    (Boolean) row[6],
                    "negative".equals(row[7]),
                    sla.nextDue(),
                    createdAt);
        }
    }

    /**
     * Products of the open cases, for the queue's filter: per product, whether one open case exists (an index
     * probe, V291), not every open case read and made distinct (35 ms at 100,000 open cases, on every queue page).
     * The statuses are written into the SQL so that PostgreSQL sees they match the partial index.
     */
    public List<String> openProducts() {
        @SuppressWarnings("unchecked")
        List<String> names = entityManager
                .createNativeQuery("SELECT DISTINCT p.name FROM product p WHERE EXISTS (SELECT 1 FROM support_case c"
                        + " WHERE c.product_id = p.id AND c.status IN ('NEW', 'OPEN', 'PENDING')) ORDER BY p.name")
                .getResultList();
        return names;
    }

    /** A queue row from the projection of {@link #rowsWhere}, as {@link #entry(SupportCase, SlaTargets.Lookup, WorkCalendars.Lookup, Instant)} makes it from a case. */
    private static QueueEntry entry(
            Object[] r, List<String> tags, SlaTargets.Lookup targets, WorkCalendars.Lookup hours, Instant now) {
        Channel channel = (Channel) r[5];
        String priority = ((CasePriority) r[4]).name().toLowerCase(Locale.ROOT);
        Instant createdAt = (Instant) r[16];
        SlaClock sla = SlaClock.of(
                targets.target(channel.wireName(), priority),
                hours.forTeam(r[20] == null ? null : ((Number) r[20]).longValue()),
                createdAt,
                (Instant) r[18],
                (Instant) r[19],
                now);
        String customer;
        if (r[11] == null) {
            customer = (String) r[12];
        } else if ((Boolean) r[11]) {
            customer = "(erased)";
        } else {
            customer = ((r[9] == null ? "" : (String) r[9]) + " " + (r[10] == null ? "" : (String) r[10])).trim();
        }
        return new QueueEntry(
                (String) r[1],
                (String) r[2],
                ((CaseStatus) r[3]).wireName(),
                priority,
                channel.wireName(),
                (String) r[6],
                r[7] != null ? (String) r[7] : (String) r[8],
                customer,
                (String) r[13],
                (Boolean) r[14],
                (String) r[15],
                List.copyOf(tags),
                createdAt,
                (Instant) r[17],
                sla,
                ((Number) r[21]).longValue());
    }

    private static QueueEntry entry(SupportCase c, SlaTargets.Lookup targets, WorkCalendars.Lookup hours, Instant now) {
        String priority = c.getPriority().name().toLowerCase(Locale.ROOT);
        SlaClock sla = SlaClock.of(
                targets.target(c.getChannel().wireName(), priority),
                hours.forTeam(c.getTeam() == null ? null : c.getTeam().getId()),
                c.getCreatedAt(),
                c.getFirstResponseAt(),
                c.getResolvedAt(),
                now);
        String customer = c.getCustomer() != null
                ? c.getCustomer().getDisplayName()
                : c.getConsumerDetails().name();
        return new QueueEntry(
                c.getCaseNumber(),
                c.getSubject(),
                c.getStatus().wireName(),
                priority,
                c.getChannel().wireName(),
                c.getLanguage(),
                c.productName(),
                customer,
                c.getSentiment(),
                c.isHazard(),
                c.getAssignee() == null ? null : c.getAssignee().getEmail(),
                c.getTags(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                sla,
                c.getVersion());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
