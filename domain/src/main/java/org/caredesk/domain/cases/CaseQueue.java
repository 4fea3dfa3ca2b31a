package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.caredesk.domain.cases.sla.SlaClock;
import org.caredesk.domain.cases.sla.SlaTargets;
import org.caredesk.domain.contact.Channel;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The agents' queue: new, open and pending cases, most urgent first. Order: a breached SLA, then a
 * hazard signal, then negative sentiment, then the nearest SLA deadline, then the longest wait.
 */
@ApplicationScoped
public class CaseQueue {
    static final Comparator<QueueEntry> URGENCY = Comparator
            .comparing((QueueEntry e) -> !e.sla().breached())
            .thenComparing(e -> !e.hazard())
            .thenComparing(e -> !"negative".equals(e.sentiment()))
            .thenComparing(e -> e.sla().nextDue() == null ? Instant.MAX : e.sla().nextDue())
            .thenComparing(QueueEntry::createdAt);

    private final EntityManager entityManager;
    private final SlaTargets slaTargets;
    private final Clock clock;

    protected CaseQueue() {
        this(null, null, null);
    }

    @Inject
    public CaseQueue(EntityManager entityManager, SlaTargets slaTargets, Clock clock) {
        this.entityManager = entityManager;
        this.slaTargets = slaTargets;
        this.clock = clock;
    }

    /** Up to {@code max} cases matching {@code filter}, most urgent first. */
    public List<QueueEntry> cases(QueueFilter filter, int max) {
        return mostUrgent(filter, max).cases();
    }

    /** Up to {@code max} cases matching {@code filter}, most urgent first, and how many matched. */
    public QueueSlice mostUrgent(QueueFilter filter, int max) {
        // One query for the rows and their product, customer and assignee; tags in one batch.
        // The assignee filter goes through the outer join's alias: "c.assignee IS NULL" beside the fetch join
        // became an inner join in EclipseLink, so "Unassigned" listed nothing.
        StringBuilder jpql = new StringBuilder("SELECT c FROM SupportCase c LEFT JOIN FETCH c.product"
                + " LEFT JOIN FETCH c.customer LEFT JOIN FETCH c.assignee a WHERE c.status IN :open");
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
        TypedQuery<SupportCase> query = entityManager.createQuery(jpql.toString(), SupportCase.class)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.tags");
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
        SlaTargets.Lookup targets = slaTargets.lookup();
        Instant now = clock.instant();
        // Every match is read anyway (the order depends on SLA targets per channel and priority),
        // so the total costs nothing more.
        List<QueueEntry> matching = query.getResultStream()
                .map(c -> entry(c, targets, now))
                .sorted(URGENCY)
                .toList();
        return new QueueSlice(matching.subList(0, Math.min(max, matching.size())), matching.size());
    }

    /** Products of the open cases, for the queue's filter. */
    public List<String> openProducts() {
        return entityManager.createQuery("SELECT DISTINCT p.name FROM SupportCase c JOIN c.product p"
                        + " WHERE c.status IN :open ORDER BY p.name", String.class)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING))
                .getResultList();
    }

    private static QueueEntry entry(SupportCase c, SlaTargets.Lookup targets, Instant now) {
        String priority = c.getPriority().name().toLowerCase(Locale.ROOT);
        SlaClock sla = SlaClock.of(targets.target(c.getChannel().wireName(), priority), c.getCreatedAt(),
                c.getFirstResponseAt(), c.getResolvedAt(), now);
        String customer = c.getCustomer() != null ? c.getCustomer().getDisplayName() : c.getConsumerDetails().name();
        return new QueueEntry(c.getCaseNumber(), c.getSubject(), c.getStatus().wireName(), priority,
                c.getChannel().wireName(), c.getLanguage(), c.getProduct() == null ? null : c.getProduct().getName(),
                customer, c.getSentiment(), c.isHazard(), c.getAssignee() == null ? null : c.getAssignee().getEmail(),
                c.getTags(), c.getCreatedAt(), c.getUpdatedAt(), sla);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
