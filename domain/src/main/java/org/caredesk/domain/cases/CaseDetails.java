package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.caredesk.domain.cases.sla.SlaClock;
import org.caredesk.domain.cases.sla.SlaTargets;
import org.caredesk.domain.contact.Contact;
import org.caredesk.domain.contact.HazardTag;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a case the way staff work it: the whole timeline, notes included, SLA timers and version. */
@ApplicationScoped
public class CaseDetails {
    private final EntityManager entityManager;
    private final CaseQueries queries;
    private final SlaTargets slaTargets;
    private final Clock clock;

    protected CaseDetails() {
        this(null, null, null, null);
    }

    @Inject
    public CaseDetails(EntityManager entityManager, CaseQueries queries, SlaTargets slaTargets, Clock clock) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.slaTargets = slaTargets;
        this.clock = clock;
    }

    @Transactional
    public Optional<CaseDetail> find(String caseNumber) {
        return queries.byNumber(caseNumber).map(c -> {
            // A fresh read: the case page must show what another console just committed.
            entityManager.refresh(c);
            return detail(c);
        });
    }

    private CaseDetail detail(SupportCase c) {
        List<CaseDetail.Entry> timeline = entityManager.createQuery(
                        "SELECT k FROM Contact k WHERE k.supportCase = :c ORDER BY k.receivedAt, k.id", Contact.class)
                .setParameter("c", c).getResultStream()
                .map(k -> new CaseDetail.Entry(k.getId(), k.getReceivedAt(), k.getAuthor().name().toLowerCase(Locale.ROOT),
                        k.getDirection().name().toLowerCase(Locale.ROOT), k.getChannel().wireName(), k.isInternalNote(),
                        k.getBody(), k.getSentiment(), k.getHazards().stream().map(HazardTag::getCategory).toList()))
                .toList();
        String priority = c.getPriority().name().toLowerCase(Locale.ROOT);
        SlaClock sla = SlaClock.of(slaTargets.lookup().target(c.getChannel().wireName(), priority), c.getCreatedAt(),
                c.getFirstResponseAt(), c.getResolvedAt(), clock.instant());
        ConsumerDetails consumer = c.getConsumerDetails();
        return new CaseDetail(c.getCaseNumber(), c.getSubject(), c.getStatus().wireName(), priority,
                c.getChannel().wireName(), c.getLanguage(), c.getProduct() == null ? null : c.getProduct().getName(),
                c.getCustomer() == null ? null : c.getCustomer().getId(),
                c.getCustomer() != null ? c.getCustomer().getDisplayName() : consumer.name(),
                c.getCustomer() != null ? c.getCustomer().getEmail() : consumer.email(),
                c.getCustomer() != null && c.getCustomer().getPhone() != null ? c.getCustomer().getPhone() : consumer.phone(),
                c.getAssignee() == null ? null : c.getAssignee().getEmail(),
                c.getAssignee() == null ? null : c.getAssignee().getDisplayName(),
                c.getSentiment(), c.isHazard(), c.getTags(), c.getCreatedAt(), c.getUpdatedAt(), c.getUpdatedBy(),
                c.getFirstResponseAt(), sla, c.getVersion(), timeline);
    }
}
