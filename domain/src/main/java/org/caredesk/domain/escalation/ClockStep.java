package org.caredesk.domain.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caredesk.domain.automation.RuleEngine;
import org.caredesk.domain.automation.RuleTrigger;
import org.caredesk.domain.cases.CaseLifecycleEvent;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.SlaClock;
import org.caredesk.domain.cases.SlaTarget;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutgoingMail;
import org.caredesk.domain.team.BusinessCalendar;
import org.caredesk.domain.team.WorkCalendars;
import org.caredesk.domain.webhook.WebhookOutbox;

/**
 * The transactional steps of the clock watch: which SLA warnings and breaches are due, announcing one
 * (timeline, webhooks, rules; on a breach the team lead hears of it by mail and console notice), and the
 * "time since last update" rules on one case.
 */
@ApplicationScoped
public class ClockStep {
    /** A warning comes when this share of the target's working time has gone. */
    static final double WARNING_AT = 0.8;

    /**
     * Older warnings and breaches are not announced: a watch starting on a database with a past (the demo's
     * history, an import) must not escalate a year of old breaches at once.
     */
    static final java.time.Duration HORIZON = java.time.Duration.ofHours(24);

    private final EntityManager entityManager;
    private final SlaTargets targets;
    private final WorkCalendars calendars;
    private final RuleEngine engine;
    private final Mailer mailer;
    private final WebhookOutbox webhooks;
    private final StaffNotices notices;
    private final Clock clock;

    protected ClockStep() {
        this(null, null, null, null, null, null, null, null);
    }

    @Inject
    public ClockStep(
            EntityManager entityManager,
            SlaTargets targets,
            WorkCalendars calendars,
            RuleEngine engine,
            Mailer mailer,
            WebhookOutbox webhooks,
            StaffNotices notices,
            Clock clock) {
        this.entityManager = entityManager;
        this.targets = targets;
        this.calendars = calendars;
        this.engine = engine;
        this.mailer = mailer;
        this.webhooks = webhooks;
        this.notices = notices;
        this.clock = clock;
    }

    /** What to announce now: SLA warnings and breaches of open cases not announced yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SlaNotice> dueNotices() {
        Instant now = clock.instant();
        SlaTargets.Lookup lookup = targets.lookup();
        WorkCalendars.Lookup hours = calendars.lookup();
        Set<String> announced = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT n.case_id, n.sla, n.kind FROM sla_notice n JOIN support_case c"
                        + " ON c.id = n.case_id WHERE c.status IN ('NEW', 'OPEN', 'PENDING')")
                .getResultList();
        rows.forEach(r -> announced.add(((Number) r[0]).longValue() + "/" + r[1] + "/" + r[2]));
        List<SlaNotice> due = new ArrayList<>();
        entityManager
                .createQuery(
                        "SELECT c.id, c.channel, c.priority, c.createdAt, c.firstResponseAt, c.resolvedAt, t.id"
                                + " FROM SupportCase c LEFT JOIN c.team t WHERE c.status IN :open",
                        Object[].class)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING))
                .getResultStream()
                .forEach(row -> {
                    long id = ((Number) row[0]).longValue();
                    SlaTarget target = lookup.target(
                            ((Channel) row[1]).wireName(),
                            ((CasePriority) row[2]).name().toLowerCase(Locale.ROOT));
                    BusinessCalendar calendar = hours.forTeam(row[6] == null ? null : ((Number) row[6]).longValue());
                    Instant created = (Instant) row[3];
                    SlaClock sla = SlaClock.of(target, calendar, created, (Instant) row[4], (Instant) row[5], now);
                    if (row[4] == null) {
                        check(
                                due,
                                announced,
                                id,
                                "first_response",
                                sla.firstResponseDue(),
                                calendar.plusWorkingTime(created, warning(target.firstResponse())),
                                now);
                    }
                    if (row[5] == null) {
                        check(
                                due,
                                announced,
                                id,
                                "resolution",
                                sla.resolutionDue(),
                                calendar.plusWorkingTime(created, warning(target.resolution())),
                                now);
                    }
                });
        return due;
    }

    private static void check(
            List<SlaNotice> due,
            Set<String> announced,
            long id,
            String sla,
            Instant dueAt,
            Instant warnAt,
            Instant now) {
        Instant horizon = now.minus(HORIZON);
        boolean breached = dueAt.isBefore(now);
        if (breached) {
            if (dueAt.isAfter(horizon) && !announced.contains(id + "/" + sla + "/breach")) {
                due.add(new SlaNotice(id, sla, "breach"));
            }
        } else if (!warnAt.isAfter(now)
                && warnAt.isAfter(horizon)
                && !announced.contains(id + "/" + sla + "/warning")) {
            due.add(new SlaNotice(id, sla, "warning"));
        }
    }

    private static java.time.Duration warning(java.time.Duration target) {
        return java.time.Duration.ofSeconds((long) (target.toSeconds() * WARNING_AT));
    }

    /** Announces one warning or breach, once: the sla_notice row's key makes a second try a no-op. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void announce(SlaNotice notice) {
        Instant now = clock.instant();
        long already = ((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) FROM sla_notice WHERE case_id = ? AND sla = ? AND kind = ?")
                        .setParameter(1, notice.caseId())
                        .setParameter(2, notice.sla())
                        .setParameter(3, notice.kind())
                        .getSingleResult())
                .longValue();
        SupportCase c = entityManager.find(SupportCase.class, notice.caseId());
        if (already > 0 || c == null) {
            return;
        }
        entityManager
                .createNativeQuery("INSERT INTO sla_notice (case_id, sla, kind, noticed_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, notice.caseId())
                .setParameter(2, notice.sla())
                .setParameter(3, notice.kind())
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        boolean breach = "breach".equals(notice.kind());
        String lead = breach ? escalate(c, notice.sla()) : null;
        entityManager.persist(new CaseLifecycleEvent(
                c,
                now,
                "automation",
                breach ? CaseLifecycleEvent.Kind.ESCALATED : CaseLifecycleEvent.Kind.SLA_WARNING,
                null,
                notice.sla(),
                lead));
        webhooks.publish(breach ? "sla.breach" : "sla.warning", Map.of("sla", notice.sla(), "case", CaseSummary.of(c)));
        int fired = engine.run(c, List.of(breach ? RuleTrigger.SLA_BREACH : RuleTrigger.SLA_WARNING), notice.sla());
        if (fired == 0) {
            engine.announce(c); // the timeline changed: consoles show it
        }
    }

    /** Tells the lead of the case's team by mail and console notice; answers the lead's login (null: no lead). */
    private String escalate(SupportCase c, String sla) {
        if (c.getTeam() == null || c.getTeam().getLead() == null) {
            return null;
        }
        String lead = c.getTeam().getLead().getEmail();
        notices.post(lead, "escalated", c.getCaseNumber(), sla);
        mailer.send(new OutgoingMail(
                lead,
                "CareDesk: SLA breached on " + c.getCaseNumber(),
                "The " + sla.replace('_', ' ') + " target of case " + c.getCaseNumber() + " (" + c.getSubject()
                        + ") in team " + c.getTeam().getName() + " has passed.\nYou lead the team, so it is escalated"
                        + " to you.\n"));
        return lead;
    }

    /** Open cases that have been quiet for at least {@code minutes}, oldest change first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> quietCases(int minutes, int max) {
        return entityManager
                .createQuery(
                        "SELECT c.id FROM SupportCase c WHERE c.status IN :open AND c.updatedAt <= :cutoff"
                                + " ORDER BY c.updatedAt",
                        Long.class)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING))
                .setParameter("cutoff", clock.instant().minusSeconds(60L * minutes))
                .setMaxResults(max)
                .getResultList();
    }

    /** Runs the "time since last update" rules on one case (each checks its own minutes). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int idle(long caseId) {
        SupportCase c = entityManager.find(SupportCase.class, caseId);
        return c == null ? 0 : engine.run(c, List.of(RuleTrigger.IDLE), null);
    }

    /** A warning or breach of one SLA (first_response, resolution) of one case. */
    public record SlaNotice(long caseId, String sla, String kind) {}
}
