package org.caredesk.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.caredesk.domain.cases.CaseLifecycleEvent;
import org.caredesk.domain.cases.SlaTarget;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.platform.SqlTimes;

/**
 * Keeps the reports' daily roll-ups in line with the data: {@code report_contact_day} (consumer contacts
 * per UTC day, channel, product and language), its sums per day ({@code report_contact_total}) and per day and
 * product ({@code report_product_day}), {@code report_case_fact} (one row per case) and its daily flow.
 * {@link #refresh} reads only what is new since the last run: the days of contacts above the last id seen,
 * the cases above the last id seen (a case created with an earlier date, as the demo seeds them) and the
 * cases changed since the last change seen; {@link #rebuild} starts again from nothing.
 */
@ApplicationScoped
public class ReportRollups {
    /**
     * Contact ids come from a sequence in blocks of 50 per instance, so a contact committed now can have an
     * id below one committed a moment ago by another instance: re-read this many ids below the watermark.
     */
    static final long ID_MARGIN = 5_000;
    /** Case changes committed late (long transactions) are caught by re-reading this far back. */
    static final Duration CHANGE_MARGIN = Duration.ofMinutes(5);

    private static final int CHUNK = 500;

    private final EntityManager em;
    private final SlaTargets slaTargets;

    protected ReportRollups() {
        this(null, null);
    }

    @Inject
    public ReportRollups(EntityManager em, SlaTargets slaTargets) {
        this.em = em;
        this.slaTargets = slaTargets;
    }

    /** What one refresh did. */
    public record Refresh(int days, int cases) {}

    /** Brings the roll-ups up to date with what arrived or changed since the last refresh. */
    @Transactional
    public Refresh refresh() {
        Object[] state = (Object[]) em.createNativeQuery(
                        "SELECT contact_id, case_id, case_updated_at, margin_contacts FROM report_rollup_state"
                                + " WHERE name = 'rollups' FOR UPDATE")
                .getSingleResult();
        long lastContact = ((Number) state[0]).longValue();
        long lastCase = ((Number) state[1]).longValue();
        Instant lastChange = SqlTimes.instant(state[2]);
        long marginContacts = ((Number) state[3]).longValue();

        Set<LocalDate> days = new TreeSet<>();
        long maxContact = lastContact;
        long floor = Math.max(0, lastContact - ID_MARGIN);
        // Nothing arrived when the margin holds as many contacts as last time and none above the watermark:
        // one count on the primary key instead of re-reading the margin and re-counting its days.
        Object[] probe = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(id) FROM contact WHERE id > ?1")
                .setParameter(1, floor)
                .getSingleResult();
        boolean arrived = ((Number) probe[0]).longValue() != marginContacts
                || (probe[1] != null && ((Number) probe[1]).longValue() > lastContact);
        if (arrived) {
            List<Object[]> arrivals = em.createQuery(
                            "SELECT c.id, c.receivedAt FROM Contact c WHERE c.id > :id", Object[].class)
                    .setParameter("id", floor)
                    .getResultList();
            for (Object[] row : arrivals) {
                days.add(LocalDate.ofInstant((Instant) row[1], ZoneOffset.UTC));
                maxContact = Math.max(maxContact, (Long) row[0]);
            }
            long top = maxContact;
            marginContacts = arrivals.stream()
                    .filter(r -> (Long) r[0] > Math.max(0, top - ID_MARGIN))
                    .count();
        }
        days.forEach(this::recountDay);

        // changed or rated since the last change seen (each through its index), and any case in the id margin
        // that no fact has yet (committed late by another instance): one with a fact is current unless changed
        Instant since = lastChange.minus(CHANGE_MARGIN);
        String select = "SELECT c.id, c.createdAt, c.channel, c.priority, c.language, p.id, cu.id, a.id, c.status,"
                + " c.sentiment, c.hazard, c.firstResponseAt, c.resolvedAt, c.csatScore, c.csatAt,"
                + " c.updatedAt FROM SupportCase c LEFT JOIN c.product p LEFT JOIN c.customer cu"
                + " LEFT JOIN c.assignee a WHERE ";
        java.util.Map<Long, Object[]> byId = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery(select + "c.updatedAt >= :since", Object[].class)
                .setParameter("since", since)
                .getResultList()) {
            byId.put((Long) row[0], row);
        }
        for (Object[] row : em.createQuery(select + "c.csatAt >= :since", Object[].class)
                .setParameter("since", since)
                .getResultList()) {
            byId.put((Long) row[0], row);
        }
        for (Object[] row : em.createQuery(
                        select + "c.id > :id AND NOT EXISTS (SELECT f.caseId FROM CaseFact f WHERE f.caseId = c.id)",
                        Object[].class)
                .setParameter("id", Math.max(0, lastCase - ID_MARGIN))
                .getResultList()) {
            byId.put((Long) row[0], row);
        }
        List<Object[]> changed = new ArrayList<>(byId.values());
        Instant newest = lastChange;
        long maxCase = lastCase;
        for (Object[] row : changed) {
            maxCase = Math.max(maxCase, (Long) row[0]);
            Instant updated = (Instant) row[15];
            newest = updated.isAfter(newest) ? updated : newest;
            if (row[14] != null && ((Instant) row[14]).isAfter(newest)) {
                newest = (Instant) row[14];
            }
        }
        rewriteFacts(changed);
        em.createNativeQuery("UPDATE report_rollup_state SET contact_id = ?1, case_id = ?2, case_updated_at = ?3,"
                        + " margin_contacts = ?4 WHERE name = 'rollups'")
                .setParameter(1, maxContact)
                .setParameter(2, maxCase)
                .setParameter(3, newest.atOffset(ZoneOffset.UTC))
                .setParameter(4, marginContacts)
                .executeUpdate();
        return new Refresh(days.size(), changed.size());
    }

    /** Empties the roll-ups and builds them again from the whole history (the rebuild command). */
    @Transactional
    public Refresh rebuild() {
        em.createNativeQuery("DELETE FROM report_contact_day").executeUpdate();
        em.createNativeQuery("DELETE FROM report_case_fact").executeUpdate();
        em.createNativeQuery("DELETE FROM report_case_flow").executeUpdate();
        em.createNativeQuery("DELETE FROM report_contact_total").executeUpdate();
        em.createNativeQuery("DELETE FROM report_product_day").executeUpdate();
        em.createNativeQuery("UPDATE report_rollup_state SET contact_id = 0, case_id = 0, margin_contacts = -1,"
                        + " case_updated_at = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00' WHERE name = 'rollups'")
                .executeUpdate();
        return refresh();
    }

    /** Replaces one UTC day of {@code report_contact_day} by a count of that day's consumer contacts. */
    private void recountDay(LocalDate day) {
        em.createNativeQuery("DELETE FROM report_contact_day WHERE contact_day = ?1")
                .setParameter(1, day)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO report_contact_day"
                        + " (contact_day, channel, product_id, language, contacts, negative, hazard)"
                        + " SELECT ?1, c.channel, COALESCE(c.product_id, 0), COALESCE(c.language, ''), COUNT(*),"
                        + " SUM(CASE WHEN c.sentiment = 'negative' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN EXISTS (SELECT 1 FROM contact_hazard h WHERE h.contact_id = c.id)"
                        + " THEN 1 ELSE 0 END)"
                        + " FROM contact c WHERE c.received_at >= ?2 AND c.received_at < ?3"
                        + " AND c.author = ?4 AND c.internal_note = FALSE"
                        + " GROUP BY c.channel, COALESCE(c.product_id, 0), COALESCE(c.language, '')")
                .setParameter(1, day)
                .setParameter(2, day.atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(3, day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(4, Author.CONSUMER.name())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM report_contact_total WHERE contact_day = ?1")
                .setParameter(1, day)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO report_contact_total (contact_day, contacts)"
                        + " SELECT ?1, COALESCE(SUM(d.contacts), 0) FROM report_contact_day d WHERE d.contact_day = ?2")
                .setParameter(1, day)
                .setParameter(2, day)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM report_product_day WHERE contact_day = ?1")
                .setParameter(1, day)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO report_product_day (contact_day, product_id, contacts, negative, hazard)"
                        + " SELECT ?1, d.product_id, SUM(d.contacts), SUM(d.negative), SUM(d.hazard)"
                        + " FROM report_contact_day d WHERE d.contact_day = ?2 GROUP BY d.product_id")
                .setParameter(1, day)
                .setParameter(2, day)
                .executeUpdate();
    }

    private void rewriteFacts(List<Object[]> rows) {
        SlaTargets.Lookup targets = slaTargets.lookup();
        Set<LocalDate> flowDays = new TreeSet<>(); // the days whose flow the old and new facts count on
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            List<Long> ids = chunk.stream().map(r -> (Long) r[0]).toList();
            for (Object[] old : em.createQuery(
                            "SELECT f.createdDay, f.resolvedDay FROM CaseFact f WHERE f.caseId IN :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                flowDays.add(Groups.day(old[0]));
                if (old[1] != null) {
                    flowDays.add(Groups.day(old[1]));
                    flowDays.add(closedDay(Groups.day(old[0]), Groups.day(old[1])));
                }
            }
            em.createQuery("DELETE FROM CaseFact f WHERE f.caseId IN :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            Set<Long> reopened = new TreeSet<>(em.createQuery(
                            "SELECT DISTINCT e.supportCase.id FROM CaseLifecycleEvent e"
                                    + " WHERE e.supportCase.id IN :ids AND e.kind = :kind",
                            Long.class)
                    .setParameter("ids", ids)
                    .setParameter("kind", CaseLifecycleEvent.Kind.REOPENED)
                    .getResultList());
            List<CaseFact> facts = new ArrayList<>();
            for (Object[] r : chunk) {
                facts.add(fact(r, reopened.contains((Long) r[0]), targets));
            }
            for (CaseFact f : facts) {
                em.persist(f);
                flowDays.add(f.createdDay());
                if (f.resolvedDay() != null) {
                    flowDays.add(f.resolvedDay());
                    flowDays.add(closedDay(f.createdDay(), f.resolvedDay()));
                }
            }
            em.flush();
            em.clear();
        }
        flowDays.forEach(this::recountFlow);
    }

    /** The day a resolved case counts as closed on: the later of its creation and resolution days. */
    private static LocalDate closedDay(LocalDate created, LocalDate resolved) {
        return resolved.isAfter(created) ? resolved : created;
    }

    /** Replaces one day of {@code report_case_flow} by a count of the facts (both counts read an index). */
    private void recountFlow(LocalDate day) {
        em.createNativeQuery("DELETE FROM report_case_flow WHERE flow_day = ?1")
                .setParameter(1, day)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO report_case_flow (flow_day, created_cases, resolved_cases, closed_cases)"
                                + " SELECT ?1, (SELECT COUNT(*) FROM report_case_fact f WHERE f.created_day = ?2),"
                                + " (SELECT COUNT(*) FROM report_case_fact f WHERE f.resolved_day = ?7),"
                                + " (SELECT COUNT(*) FROM report_case_fact f WHERE (f.resolved_day = ?3 AND f.created_day <= ?4)"
                                + " OR (f.created_day = ?5 AND f.resolved_day < ?6)) FROM report_rollup_state WHERE name = 'rollups'")
                .setParameter(1, day)
                .setParameter(2, day)
                .setParameter(3, day)
                .setParameter(4, day)
                .setParameter(5, day)
                .setParameter(6, day)
                .setParameter(7, day)
                .executeUpdate();
    }

    private static CaseFact fact(Object[] r, boolean reopened, SlaTargets.Lookup targets) {
        Instant created = (Instant) r[1];
        String channel = ((org.caredesk.domain.contact.Channel) r[2]).wireName();
        String priority = wire(r[3]);
        SlaTarget target = targets.target(channel, priority);
        Instant firstResponse = (Instant) r[11];
        Instant resolved = (Instant) r[12];
        Integer responseMinutes = minutes(created, firstResponse);
        Integer resolutionMinutes = minutes(created, resolved);
        return new CaseFact((Long) r[0], day(created), channel, priority, r[4] == null ? "" : (String) r[4])
                .who(r[5] == null ? 0 : (Long) r[5], (Long) r[6], r[7] == null ? 0 : (Long) r[7])
                .state(wire(r[8]), "negative".equals(r[9]), Boolean.TRUE.equals(r[10]), reopened)
                .times(
                        responseMinutes,
                        responseMinutes == null ? null : responseMinutes <= target.firstResponseMinutes(),
                        resolved == null ? null : day(resolved),
                        resolutionMinutes,
                        resolutionMinutes == null ? null : resolutionMinutes <= target.resolutionMinutes())
                .rating((Integer) r[13], r[14] == null ? null : day((Instant) r[14]));
    }

    private static Integer minutes(Instant from, Instant to) {
        return to == null ? null : (int) Math.max(0, Duration.between(from, to).toMinutes());
    }

    private static String wire(Object value) {
        return ((Enum<?>) value).name().toLowerCase(Locale.ROOT);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
