package org.caredesk.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutgoingMail;

/**
 * Reports by e-mail: a supervisor schedules a report daily or weekly to their own address; {@link #sendDue}
 * (run by one instance at a time, under a duty lease) puts each due report in the mail outbox as CSV text
 * and moves the schedule to its next run (06:00 UTC).
 */
@ApplicationScoped
@Transactional
public class ReportSchedules {
    static final LocalTime SEND_AT = LocalTime.of(6, 0);

    private final EntityManager em;
    private final Reports reports;
    private final Mailer mailer;
    private final Clock clock;

    protected ReportSchedules() {
        this(null, null, null, null);
    }

    @Inject
    public ReportSchedules(EntityManager em, Reports reports, Mailer mailer, Clock clock) {
        this.em = em;
        this.reports = reports;
        this.mailer = mailer;
        this.clock = clock;
    }

    public ReportSchedule schedule(
            String owner, ReportKind report, GroupBy groupBy, ReportSchedule.Frequency frequency, String language) {
        if (!report.groups().contains(groupBy)) {
            throw new IllegalArgumentException(
                    "groupBy " + groupBy.wireName() + " is not offered by " + report.wireName());
        }
        ReportSchedule schedule = new ReportSchedule(
                owner,
                report,
                groupBy,
                frequency,
                "it".equals(language) ? "it" : "en",
                nextSend(clock.instant()),
                clock.instant());
        em.persist(schedule);
        return schedule;
    }

    public List<ReportSchedule> of(String owner) {
        return em.createQuery(
                        "SELECT s FROM ReportSchedule s WHERE s.ownerLogin = :o ORDER BY s.id", ReportSchedule.class)
                .setParameter("o", owner)
                .getResultList();
    }

    /** Cancels one of the owner's schedules; false when they have none with that id. */
    public boolean cancel(long id, String owner) {
        return em.createQuery("DELETE FROM ReportSchedule s WHERE s.id = :id AND s.ownerLogin = :o")
                        .setParameter("id", id)
                        .setParameter("o", owner)
                        .executeUpdate()
                == 1;
    }

    /** Mails every report that is due; answers how many were queued. */
    public int sendDue() {
        Instant now = clock.instant();
        List<ReportSchedule> due = em.createQuery(
                        "SELECT s FROM ReportSchedule s WHERE s.nextRunAt <= :now ORDER BY s.nextRunAt",
                        ReportSchedule.class)
                .setParameter("now", now)
                .getResultList();
        for (ReportSchedule s : due) {
            LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
            LocalDate from = s.getFrequency() == ReportSchedule.Frequency.DAILY ? yesterday : yesterday.minusDays(6);
            ReportTable table =
                    reports.run(new ReportQuery(s.getReport(), from, yesterday, s.getGroupBy(), ReportFilter.NONE));
            mailer.send(new OutgoingMail(s.getRecipient(), subject(s, from, yesterday), text(s, table)));
            s.ranUntil(
                    s.getFrequency() == ReportSchedule.Frequency.WEEKLY
                            ? nextSend(now).plus(java.time.Duration.ofDays(6))
                            : nextSend(now));
        }
        return due.size();
    }

    private static String subject(ReportSchedule s, LocalDate from, LocalDate to) {
        String period = from.equals(to) ? from.toString() : from + " – " + to;
        return ("it".equals(s.getLanguage()) ? "Rapporto CareDesk: " : "CareDesk report: ")
                + s.getReport().wireName() + ", " + period;
    }

    private static String text(ReportSchedule s, ReportTable table) {
        String intro = "it".equals(s.getLanguage())
                ? "Ecco il rapporto programmato (CSV, per gruppo "
                        + s.getGroupBy().wireName() + "). Per annullarlo:" + " console, Rapporti, Invii programmati."
                : "Here is your scheduled report (CSV, by " + s.getGroupBy().wireName() + "). To stop it: console,"
                        + " Reports, Scheduled e-mails.";
        return intro + "\n\n" + ReportCsv.of(table).replace("\r\n", "\n");
    }

    /** The next 06:00 UTC after {@code now}. */
    static Instant nextSend(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant today = day.atTime(SEND_AT).toInstant(ZoneOffset.UTC);
        return today.isAfter(now) ? today : day.plusDays(1).atTime(SEND_AT).toInstant(ZoneOffset.UTC);
    }
}
