package org.caredesk.domain.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caredesk.domain.mail.MailStatus;

/** How a campaign went: each outcome's count, and sends, opens, clicks, replies and unsubscribes per day (UTC). */
@ApplicationScoped
@Transactional
public class CampaignResponse {
    /** One day of response. */
    public record Day(LocalDate day, long sent, long opened, long clicked, long replied, long unsubscribed) {}

    /** The whole response; {@code delivered} counts mails the SMTP server accepted. */
    public record Figures(
            Map<MessageOutcome, Long> outcomes,
            long delivered,
            long opened,
            long clicked,
            long replied,
            long unsubscribed,
            List<Day> days) {}

    private final EntityManager em;

    protected CampaignResponse() {
        this(null);
    }

    @Inject
    public CampaignResponse(EntityManager em) {
        this.em = em;
    }

    public Figures of(long campaignId) {
        Map<MessageOutcome, Long> outcomes = new EnumMap<>(MessageOutcome.class);
        for (MessageOutcome outcome : MessageOutcome.values()) {
            outcomes.put(outcome, 0L);
        }
        em.createQuery(
                        "SELECT m.outcome, COUNT(m) FROM CampaignMessage m WHERE m.campaignId = :c GROUP BY m.outcome",
                        Object[].class)
                .setParameter("c", campaignId)
                .getResultList()
                .forEach(row -> outcomes.put((MessageOutcome) row[0], (Long) row[1]));
        long delivered = em.createQuery(
                        "SELECT COUNT(m) FROM CampaignMessage m, OutboxMail o WHERE m.campaignId = :c"
                                + " AND m.outcome = :sent AND o.id = m.outboxId AND o.status = :delivered",
                        Long.class)
                .setParameter("c", campaignId)
                .setParameter("sent", MessageOutcome.SENT)
                .setParameter("delivered", MailStatus.SENT)
                .getSingleResult();
        List<Object[]> rows = em.createQuery(
                        "SELECT m.createdAt, m.openedAt, m.clickedAt, m.repliedAt, m.unsubscribedAt"
                                + " FROM CampaignMessage m WHERE m.campaignId = :c AND m.outcome = :sent",
                        Object[].class)
                .setParameter("c", campaignId)
                .setParameter("sent", MessageOutcome.SENT)
                .getResultList();
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        long[] totals = new long[5];
        for (Object[] row : rows) {
            for (int i = 0; i < 5; i++) {
                if (row[i] != null) {
                    byDay.computeIfAbsent(day((Instant) row[i]), d -> new long[5])[i]++;
                    totals[i]++;
                }
            }
        }
        List<Day> days = byDay.entrySet().stream()
                .map(e -> new Day(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3],
                        e.getValue()[4]))
                .toList();
        return new Figures(outcomes, delivered, totals[1], totals[2], totals[3], totals[4], days);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
