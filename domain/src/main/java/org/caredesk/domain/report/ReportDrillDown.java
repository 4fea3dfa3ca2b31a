package org.caredesk.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.insight.AnalyticsExclusions;

/**
 * The cases or customers behind one figure of a report. A customer who withdrew analytics consent, or was
 * erased, is never shown: their rows are counted in {@link DrillDown#withheld()} and not listed. Every
 * drill-down is written to the audit trail with who asked and what for.
 */
@ApplicationScoped
@Transactional
public class ReportDrillDown {
    public static final String AUDIT_ACTION = "report.drilldown";
    static final int LIMIT = 200;

    private final EntityManager em;
    private final AnalyticsExclusions exclusions;
    private final AuditLog audit;

    protected ReportDrillDown() {
        this(null, null, null);
    }

    @Inject
    public ReportDrillDown(EntityManager em, AnalyticsExclusions exclusions, AuditLog audit) {
        this.em = em;
        this.exclusions = exclusions;
        this.audit = audit;
    }

    /** One case behind a figure; {@code customer} is null for an anonymous consumer. */
    public record DrillCase(
            String caseNumber,
            LocalDate createdOn,
            String channel,
            String status,
            String product,
            String customer,
            Integer csatScore,
            String csatComment) {}

    /** A customer behind a figure of the customers report. */
    public record DrillCustomer(long id, String name, String email) {}

    /** What a drill-down shows: the rows (at most 200), how many matched, how many were withheld. */
    public record DrillDown(List<DrillCase> cases, List<DrillCustomer> customers, long matched, long withheld) {}

    public DrillDown open(ReportQuery query, String group, String actor) {
        Reports.check(query);
        audit.record(
                actor,
                AUDIT_ACTION,
                null,
                query.kind().wireName() + " " + query.groupBy().wireName() + "=" + group,
                query.from() + ".." + query.to() + " " + query.filter());
        Set<Long> withdrawn = exclusions.withdrawnCustomers();
        if (query.kind() == ReportKind.CUSTOMERS) {
            return customers(query, group, withdrawn);
        }
        String day = query.kind() == ReportKind.SATISFACTION ? "f.csat_day" : "f.created_day";
        FactSql sql = narrowed(query, group, day);
        if (query.kind() == ReportKind.SATISFACTION) {
            sql.andRaw("f.csat_score IS NOT NULL");
        }
        List<Object[]> rows = sql.rows(
                em,
                "SELECT c.case_number, f.created_day, f.channel, f.status, p.name, f.customer_id,"
                        + " cu.first_name, cu.last_name, cu.erased, f.csat_score, c.csat_comment"
                        + " FROM report_case_fact f JOIN support_case c ON c.id = f.case_id"
                        + " LEFT JOIN product p ON p.id = f.product_id LEFT JOIN customer cu ON cu.id = f.customer_id",
                "ORDER BY f.created_day DESC, c.case_number DESC");
        List<DrillCase> cases = new ArrayList<>();
        long withheld = 0;
        for (Object[] r : rows) {
            Long customer = r[5] == null ? null : Tally.number(r[5]);
            if (customer != null && (Boolean.TRUE.equals(r[8]) || withdrawn.contains(customer))) {
                withheld++;
                continue;
            }
            if (cases.size() < LIMIT) {
                cases.add(new DrillCase(
                        (String) r[0],
                        Groups.day(r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        customer == null ? null : (r[6] + " " + r[7]).strip(),
                        r[9] == null ? null : (int) Tally.number(r[9]),
                        (String) r[10]));
            }
        }
        return new DrillDown(cases, List.of(), rows.size(), withheld);
    }

    private DrillDown customers(ReportQuery query, String measure, Set<Long> withdrawn) {
        Set<Long> ids = CustomerReport.members(em, query).get(measure);
        if (ids == null) {
            throw new IllegalArgumentException("measure must be one of " + CustomerReport.MEASURES);
        }
        List<DrillCustomer> shown = new ArrayList<>();
        long withheld = 0;
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            for (Object[] r : em.createQuery(
                            "SELECT c.id, c.firstName, c.lastName, c.email, c.erased FROM Customer c"
                                    + " WHERE c.id IN :ids ORDER BY c.lastName, c.firstName",
                            Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList()) {
                long id = (Long) r[0];
                if (Boolean.TRUE.equals(r[4]) || withdrawn.contains(id)) {
                    withheld++;
                } else if (shown.size() < LIMIT) {
                    shown.add(new DrillCustomer(id, (r[1] + " " + r[2]).strip(), (String) r[3]));
                }
            }
        }
        return new DrillDown(List.of(), shown, ids.size(), withheld);
    }

    /** The report's filters and period, narrowed to the one group the figure stands for. */
    private static FactSql narrowed(ReportQuery q, String group, String dayColumn) {
        GroupBy g = q.groupBy();
        if (g.isTime()) {
            LocalDate start = g == GroupBy.MONTH ? YearMonth.parse(group).atDay(1) : LocalDate.parse(group);
            LocalDate end = g == GroupBy.DAY
                    ? start
                    : g == GroupBy.WEEK
                            ? start.plusDays(6)
                            : YearMonth.from(start).atEndOfMonth();
            LocalDate from = start.isBefore(q.from()) ? q.from() : start;
            LocalDate to = end.isAfter(q.to()) ? q.to() : end;
            return FactSql.cases(new ReportQuery(q.kind(), from, to, g, q.filter()), dayColumn);
        }
        FactSql sql = FactSql.cases(q, dayColumn);
        boolean none = Groups.NONE.equals(group);
        return switch (g) {
            case CHANNEL -> sql.and("f.channel = ?", group);
            case PRIORITY -> sql.and("f.priority = ?", group);
            case LANGUAGE -> none ? sql.and("f.language = ?", "") : sql.and("f.language = ?", group);
            case PRODUCT ->
                none
                        ? sql.andRaw("f.product_id = 0")
                        : sql.and("f.product_id IN (SELECT p2.id FROM product p2 WHERE p2.code = ?)", group);
            case CATEGORY ->
                none
                        ? sql.andRaw("f.product_id NOT IN (SELECT p2.id FROM product p2 WHERE p2.category IS NOT NULL)")
                        : sql.and("f.product_id IN (SELECT p2.id FROM product p2 WHERE p2.category = ?)", group);
            case AGENT ->
                none
                        ? sql.andRaw("f.assignee_id = 0")
                        : sql.and("f.assignee_id IN (SELECT u.id FROM app_user u WHERE u.email = ?)", group);
            default -> sql;
        };
    }
}
