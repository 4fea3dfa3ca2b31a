package org.caredesk.domain.recall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caredesk.domain.alert.Alert;
import org.caredesk.domain.alert.AlertStatus;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.mail.MailStatus;
import org.caredesk.domain.product.Product;

/**
 * Issues recall notices and answers who they reached. Issuing finds every unit of the product in
 * the serial range, records one delivery per unit and e-mails its owner, all in one transaction:
 * a notice either reaches its owners' dashboards or was not issued.
 */
@ApplicationScoped
@Transactional
public class RecallNotices {
    private final EntityManager entityManager;
    private final RecallMail mail;
    private final Clock clock;

    protected RecallNotices() {
        this(null, null, null);
    }

    @Inject
    public RecallNotices(EntityManager entityManager, RecallMail mail, Clock clock) {
        this.entityManager = entityManager;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException for an unknown product or alert, an alert about another
     *                                  product, or serial bounds in the wrong order
     * @throws IllegalStateException    when the alert is not escalated
     */
    public RecallNoticeView issue(RecallDraft draft, String supervisor) {
        Product product = entityManager
                .createQuery("SELECT p FROM Product p WHERE p.code = :code", Product.class)
                .setParameter("code", draft.productCode().trim())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No product " + draft.productCode()));
        Alert alert = null;
        if (draft.alertId() != null) {
            alert = Optional.ofNullable(entityManager.find(Alert.class, draft.alertId()))
                    .orElseThrow(() -> new IllegalArgumentException("No alert " + draft.alertId()));
            if (!alert.getProduct().getId().equals(product.getId())) {
                throw new IllegalArgumentException("Alert " + alert.getId() + " is about another product");
            }
            if (alert.getStatus() != AlertStatus.ESCALATED) {
                throw new IllegalStateException("Only an escalated alert can become a recall notice");
            }
        }
        SerialRange range = draft.range();
        if (!range.isOrdered()) {
            throw new IllegalArgumentException("The first serial number comes after the last one");
        }
        Instant now = clock.instant();
        List<RecallText> texts = draft.texts().stream()
                .map(t -> new RecallText(
                        t.language(),
                        t.title().trim(),
                        t.body().trim(),
                        t.remedy().trim()))
                .toList();
        RecallNotice notice = new RecallNotice(product, alert, range, texts, supervisor, now);
        entityManager.persist(notice);
        entityManager
                .createQuery(
                        "SELECT o FROM OwnedProduct o JOIN FETCH o.customer c WHERE o.product = :p "
                                + "AND c.erased = false ORDER BY o.serialNumber",
                        OwnedProduct.class)
                .setParameter("p", product)
                .getResultStream()
                .filter(unit -> range.contains(unit.getSerialNumber()))
                .forEach(unit -> {
                    RecallText text = notice.textFor(unit.getCustomer().getLanguage());
                    java.util.OptionalLong outboxMail =
                            mail.deliver(notice, text, unit.getCustomer().getEmail(), unit.getSerialNumber());
                    entityManager.persist(
                            outboxMail.isPresent()
                                    ? new RecallDelivery(notice, unit, RecallDelivery.SENT, now, outboxMail.getAsLong())
                                    : new RecallDelivery(notice, unit, RecallDelivery.NO_ADDRESS, null, null));
                });
        entityManager.flush();
        return view(notice);
    }

    /** Every notice, newest first. */
    public List<RecallNoticeView> list() {
        return entityManager
                .createQuery("SELECT n FROM RecallNotice n ORDER BY n.issuedAt DESC, n.id DESC", RecallNotice.class)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /** The notices issued from one alert. */
    public List<RecallNoticeView> ofAlert(long alertId) {
        return entityManager
                .createQuery(
                        "SELECT n FROM RecallNotice n WHERE n.alert.id = :a ORDER BY n.issuedAt DESC",
                        RecallNotice.class)
                .setParameter("a", alertId)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /** The notices that affect units the customer owns, newest first, in the customer's language. */
    public List<OwnerRecallNotice> ofOwner(long customerId) {
        return deliveries(customerId).stream()
                .map(d -> {
                    RecallNotice n = d.getNotice();
                    RecallText t = n.textFor(d.getCustomer().getLanguage());
                    return new OwnerRecallNotice(
                            n.getId(),
                            n.getProduct().getCode(),
                            n.getProduct().getName(),
                            d.getUnit().getSerialNumber(),
                            t.getLanguage(),
                            t.getTitle(),
                            t.getBody(),
                            t.getRemedy(),
                            n.getIssuedAt().atZone(clock.getZone()).toLocalDate(),
                            d.getSeenAt());
                })
                .toList();
    }

    /** Records that the customer saw their notices now (the first time only); returns how many were new. */
    public int markSeen(long customerId) {
        Instant now = clock.instant();
        int fresh = 0;
        for (RecallDelivery d : deliveries(customerId)) {
            if (d.getSeenAt() == null) {
                d.seen(now);
                fresh++;
            }
        }
        return fresh;
    }

    private List<RecallDelivery> deliveries(long customerId) {
        return entityManager
                .createQuery(
                        "SELECT d FROM RecallDelivery d WHERE d.customer.id = :c "
                                + "ORDER BY d.notice.issuedAt DESC, d.id",
                        RecallDelivery.class)
                .setParameter("c", customerId)
                .getResultList();
    }

    private RecallNoticeView view(RecallNotice n) {
        List<RecallDelivery> reach = entityManager
                .createQuery("SELECT d FROM RecallDelivery d WHERE d.notice = :n", RecallDelivery.class)
                .setParameter("n", n)
                .getResultList();
        Map<Long, MailStatus> mailStatus = mailStatuses(reach);
        Map<Long, ReachState> byOwner = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (RecallDelivery d : reach) {
            Long owner = d.getCustomer().getId();
            byOwner.merge(owner, ReachState.of(d, mailStatus.get(d.getOutboxMailId())), ReachState::ahead);
            if (d.getSeenAt() != null) {
                seen.add(owner);
            }
        }
        Map<ReachState, Long> counts = new java.util.EnumMap<>(ReachState.class);
        byOwner.values().forEach(state -> counts.merge(state, 1L, Long::sum));
        return new RecallNoticeView(
                n.getId(),
                n.getProduct().getCode(),
                n.getProduct().getName(),
                n.getAlert() == null ? null : n.getAlert().getId(),
                n.getRange().from(),
                n.getRange().to(),
                n.getTexts().stream()
                        .map(t -> new RecallDraft.Text(t.getLanguage(), t.getTitle(), t.getBody(), t.getRemedy()))
                        .toList(),
                n.getIssuedBy(),
                n.getIssuedAt(),
                new RecallNoticeView.Reach(
                        byOwner.size(),
                        reach.size(),
                        counts.getOrDefault(ReachState.SENT, 0L),
                        counts.getOrDefault(ReachState.WAITING, 0L),
                        counts.getOrDefault(ReachState.FAILED, 0L),
                        counts.getOrDefault(ReachState.KEPT, 0L),
                        counts.getOrDefault(ReachState.NO_ADDRESS, 0L),
                        seen.size()));
    }

    /** What became of each delivery's outbox mail, read in one query. */
    private Map<Long, MailStatus> mailStatuses(List<RecallDelivery> reach) {
        List<Long> ids = reach.stream()
                .map(RecallDelivery::getOutboxMailId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, MailStatus> statuses = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) { // bounded IN lists
            entityManager
                    .createQuery("SELECT m.id, m.status FROM OutboxMail m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList()
                    .forEach(row -> statuses.put((Long) row[0], (MailStatus) row[1]));
        }
        return statuses;
    }

    /**
     * Where an owner's e-mail stands; an owner of several units counts once, by the delivery that got
     * furthest (declaration order: later is further).
     */
    enum ReachState {
        NO_ADDRESS,
        FAILED,
        KEPT,
        WAITING,
        SENT;

        static ReachState of(RecallDelivery d, MailStatus mail) {
            if (RecallDelivery.NO_ADDRESS.equals(d.getEmailStatus())) {
                return NO_ADDRESS;
            }
            if (RecallDelivery.PENDING.equals(d.getEmailStatus())) {
                return WAITING;
            }
            if (mail == null) {
                // Handed to the mail service before the outbox mail was recorded: as it was reported then.
                return d.getOutboxMailId() == null ? SENT : WAITING;
            }
            return switch (mail) {
                case SENT -> SENT;
                case PENDING, SENDING -> WAITING;
                case FAILED -> FAILED;
                case HELD -> KEPT;
            };
        }

        static ReachState ahead(ReachState a, ReachState b) {
            return a.ordinal() >= b.ordinal() ? a : b;
        }
    }
}
