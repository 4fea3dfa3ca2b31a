package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.team.BusinessCalendar;
import org.caredesk.domain.team.WorkCalendars;
import org.caredesk.domain.user.UserAccount;

/** Reads a case the way staff work it: the whole timeline, notes included, SLA timers and version. */
@ApplicationScoped
public class CaseDetails {
    private final EntityManager entityManager;
    private final CaseQueries queries;
    private final SlaTargets slaTargets;
    private final WorkCalendars calendars;
    private final Clock clock;

    protected CaseDetails() {
        this(null, null, null, null, null);
    }

    /** Outside a container, with clocks that run around the clock. */
    public CaseDetails(EntityManager entityManager, CaseQueries queries, SlaTargets slaTargets, Clock clock) {
        this(entityManager, queries, slaTargets, null, clock);
    }

    @Inject
    public CaseDetails(
            EntityManager entityManager,
            CaseQueries queries,
            SlaTargets slaTargets,
            WorkCalendars calendars,
            Clock clock) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.slaTargets = slaTargets;
        this.calendars = calendars;
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

    /**
     * The consumer closing or reopening (text: the kind), or what automation did: for a rule, {@code authorName}
     * is the rule's name and {@code text} the value it set; for an SLA warning or escalation, {@code text} names
     * the SLA and {@code authorName} the team lead told.
     */
    /**
     * A lifecycle event on the timeline. The consumer closing or reopening, and staff merging, linking or splitting
     * (the text names the other case), are people's acts; rules, SLA warnings and escalations are the system's
     * (the text says what was done, the name which rule or lead).
     */
    private static CaseDetail.Entry lifecycleEntry(CaseLifecycleEvent e) {
        CaseLifecycleEvent.Kind k = e.getKind();
        boolean automatic = k == CaseLifecycleEvent.Kind.RULE
                || k == CaseLifecycleEvent.Kind.SLA_WARNING
                || k == CaseLifecycleEvent.Kind.ESCALATED;
        String kind = e.timelineKind();
        String text;
        String name = null;
        if (automatic) {
            text = k == CaseLifecycleEvent.Kind.RULE ? e.getValue() : e.getAction();
            name = k == CaseLifecycleEvent.Kind.RULE ? e.getDetail() : e.getValue();
        } else {
            text = e.getDetail() != null ? e.getDetail() : kind;
        }
        return new CaseDetail.Entry(
                e.getId(),
                e.getOccurredAt(),
                automatic ? "system" : e.getActor(),
                "inbound",
                "web",
                false,
                text == null ? "" : text,
                null,
                List.of(),
                kind,
                name,
                List.of(),
                null);
    }

    /** A staff member's first name, as consumers and colleagues are shown it ("Sam", not "agent@example.com"). */
    private String staffName(String login, Map<String, String> known) {
        if (login == null) {
            return null;
        }
        return known.computeIfAbsent(login, l -> entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", l)
                .getResultStream()
                .findFirst()
                .map(u -> StaffNames.firstName(u.getDisplayName()))
                .orElse(l));
    }

    private CaseDetail detail(SupportCase c) {
        List<Attachment> files = entityManager
                .createQuery(
                        "SELECT a FROM Attachment a WHERE a.supportCase = :c ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("c", c)
                .getResultList();
        Map<Long, List<AttachmentInfo>> filesByContact = files.stream()
                .filter(a -> a.getContact() != null)
                .collect(Collectors.groupingBy(
                        a -> a.getContact().getId(), Collectors.mapping(AttachmentInfo::of, Collectors.toList())));
        Map<String, String> staffNames = new HashMap<>();
        List<CaseDetail.Entry> timeline = new ArrayList<>();
        entityManager
                .createQuery(
                        "SELECT k FROM Contact k WHERE k.supportCase = :c ORDER BY k.receivedAt, k.id", Contact.class)
                .setParameter("c", c)
                .getResultStream()
                .map(k -> new CaseDetail.Entry(
                        k.getId(),
                        k.getReceivedAt(),
                        k.getAuthor().name().toLowerCase(Locale.ROOT),
                        k.getDirection().name().toLowerCase(Locale.ROOT),
                        k.getChannel().wireName(),
                        k.isInternalNote(),
                        k.getBody(),
                        k.getSentiment(),
                        k.getHazards().stream().map(HazardTag::getCategory).toList(),
                        k.isInternalNote() ? "note" : "message",
                        staffName(k.getStaffLogin(), staffNames),
                        filesByContact.getOrDefault(k.getId(), List.of()),
                        null))
                .forEach(timeline::add);
        // The consumer's own uploads stand on the timeline by themselves, when they were made.
        files.stream()
                .filter(a -> a.getContact() == null)
                .forEach(a -> timeline.add(new CaseDetail.Entry(
                        a.getId(),
                        a.getUploadedAt(),
                        "consumer",
                        "inbound",
                        "web",
                        false,
                        a.getFileName(),
                        null,
                        List.of(),
                        "attachment",
                        null,
                        List.of(AttachmentInfo.of(a)),
                        null)));
        entityManager
                .createQuery(
                        "SELECT e FROM CaseLifecycleEvent e WHERE e.supportCase = :c ORDER BY e.occurredAt, e.id",
                        CaseLifecycleEvent.class)
                .setParameter("c", c)
                .getResultStream()
                .forEach(e -> timeline.add(lifecycleEntry(e)));
        CaseDetail.Rating rating = c.getCsatScore() == null
                ? null
                : new CaseDetail.Rating(c.getCsatScore(), c.getCsatComment(), c.getCsatAt());
        if (rating != null) {
            timeline.add(new CaseDetail.Entry(
                    c.getId(),
                    rating.at(),
                    "consumer",
                    "inbound",
                    "web",
                    false,
                    rating.comment() == null ? "" : rating.comment(),
                    null,
                    List.of(),
                    "rating",
                    null,
                    List.of(),
                    rating.score()));
        }
        timeline.sort(Comparator.comparing(CaseDetail.Entry::at));
        String priority = c.getPriority().name().toLowerCase(Locale.ROOT);
        SlaClock sla = SlaClock.of(
                slaTargets.lookup().target(c.getChannel().wireName(), priority),
                calendars == null
                        ? BusinessCalendar.ALWAYS
                        : calendars
                                .lookup()
                                .forTeam(
                                        c.getTeam() == null ? null : c.getTeam().getId()),
                c.getCreatedAt(),
                c.getFirstResponseAt(),
                c.getResolvedAt(),
                clock.instant());
        ConsumerDetails consumer = c.getConsumerDetails();
        return new CaseDetail(
                c.getCaseNumber(),
                c.getSubject(),
                c.getStatus().wireName(),
                priority,
                c.getChannel().wireName(),
                c.getLanguage(),
                c.productName(),
                c.getCustomer() == null ? null : c.getCustomer().getId(),
                c.getCustomer() != null ? c.getCustomer().getDisplayName() : consumer.name(),
                c.getCustomer() != null ? c.getCustomer().getEmail() : consumer.email(),
                c.getCustomer() != null && c.getCustomer().getPhone() != null
                        ? c.getCustomer().getPhone()
                        : consumer.phone(),
                c.getAssignee() == null ? null : c.getAssignee().getEmail(),
                c.getAssignee() == null ? null : c.getAssignee().getDisplayName(),
                c.getSentiment(),
                c.isHazard(),
                c.getTags(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getUpdatedBy(),
                c.getFirstResponseAt(),
                sla,
                c.getVersion(),
                List.copyOf(timeline),
                files.stream().map(AttachmentInfo::of).toList(),
                rating,
                c.getMergedInto() == null ? null : c.getMergedInto().getCaseNumber(),
                linked(c),
                c.getTeam() == null ? null : c.getTeam().getName(),
                c.getAlertId());
    }

    /** The numbers of the cases linked to {@code c}. */
    private List<String> linked(SupportCase c) {
        return entityManager
                .createQuery(
                        "SELECT s.caseNumber FROM SupportCase s, CaseRelation r WHERE r.caseId = :id"
                                + " AND s.id = r.relatedId ORDER BY s.caseNumber",
                        String.class)
                .setParameter("id", c.getId())
                .getResultList();
    }
}
