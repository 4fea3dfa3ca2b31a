package org.caredesk.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The analytical reports (issue 17): each answers from the daily roll-ups ({@link ReportRollups}), with the
 * total of the period and of the period before it. Bad requests (unknown grouping, reversed or too long a
 * period, a team filter before teams exist) are refused with {@link IllegalArgumentException}.
 */
@ApplicationScoped
@Transactional
public class Reports {
    private final EntityManager em;

    protected Reports() {
        this(null);
    }

    @Inject
    public Reports(EntityManager em) {
        this.em = em;
    }

    public ReportTable run(ReportQuery query) {
        check(query);
        if (query.kind() == ReportKind.CUSTOMERS) {
            return CustomerReport.table(em, query, columns(query));
        }
        if (query.kind() == ReportKind.PRODUCTS) {
            return ProductReport.table(em, query, columns(query));
        }
        if (query.kind() == ReportKind.SERVICE && ServiceReport.inOneStatement(em)) {
            return ServiceReport.table(em, query, columns(query));
        }
        List<ReportRow> rows = rows(query);
        ReportRow total;
        if (query.kind() == ReportKind.VOLUME && query.groupBy().isTime()) {
            total = VolumeReport.total(rows);
        } else {
            total = one(query.grouped(GroupBy.TOTAL));
        }
        ReportRow previous =
                query.kind() == ReportKind.VOLUME && query.groupBy().isTime()
                        ? VolumeReport.previousTotal(em, query, rows)
                        : one(query.previous().grouped(GroupBy.TOTAL));
        return new ReportTable(query, columns(query), rows, total, previous);
    }

    /** What the filters offer: products (code, name), product categories, staff (login, name). */
    public record Options(List<String[]> products, List<String> categories, List<String[]> staff) {}

    public Options options() {
        List<String[]> products = em.createQuery("SELECT p.code, p.name FROM Product p ORDER BY p.name", Object[].class)
                .getResultStream()
                .map(r -> new String[] {(String) r[0], (String) r[1]})
                .toList();
        List<String> categories = em.createQuery(
                        "SELECT DISTINCT p.category FROM Product p WHERE p.category IS NOT NULL ORDER BY p.category",
                        String.class)
                .getResultList();
        List<String[]> staff = em.createQuery(
                        "SELECT u.email, u.displayName FROM UserAccount u WHERE u.role <> :customer ORDER BY u.displayName",
                        Object[].class)
                .setParameter("customer", org.caredesk.domain.user.Role.CUSTOMER)
                .getResultStream()
                .map(r -> new String[] {(String) r[0], (String) r[1]})
                .toList();
        return new Options(products, categories, staff);
    }

    /** The columns of a report's rows, in order. */
    public static List<String> columns(ReportQuery query) {
        return switch (query.kind()) {
            case VOLUME -> VolumeReport.COLUMNS;
            case SERVICE -> ServiceReport.COLUMNS;
            case SATISFACTION -> SatisfactionReport.COLUMNS;
            case PRODUCTS -> ProductReport.COLUMNS;
            case CUSTOMERS -> CustomerReport.COLUMNS;
            case SELF_SERVICE ->
                query.groupBy() == GroupBy.QUERY ? List.of("zeroResultSearches") : SelfServiceReport.COLUMNS;
        };
    }

    static void check(ReportQuery query) {
        if (query.from().isAfter(query.to())) {
            throw new IllegalArgumentException("from must not be after to");
        }
        if (query.days() > ReportQuery.MAX_DAYS) {
            throw new IllegalArgumentException("a report covers at most " + ReportQuery.MAX_DAYS + " days");
        }
        if (!query.kind().groups().contains(query.groupBy())) {
            throw new IllegalArgumentException("groupBy must be one of "
                    + query.kind().groups().stream().map(GroupBy::wireName).toList() + " for "
                    + query.kind().wireName());
        }
        if (query.filter().team() != null) {
            throw new IllegalArgumentException("team: teams are not available yet");
        }
    }

    private List<ReportRow> rows(ReportQuery q) {
        return switch (q.kind()) {
            case VOLUME -> VolumeReport.rows(em, q);
            case SERVICE -> ServiceReport.rows(em, q);
            case SATISFACTION -> SatisfactionReport.rows(em, q);
            case PRODUCTS -> ProductReport.table(em, q, columns(q)).rows();
            case CUSTOMERS -> CustomerReport.rows(em, q);
            case SELF_SERVICE -> SelfServiceReport.rows(em, q);
        };
    }

    private ReportRow one(ReportQuery total) {
        List<ReportRow> rows = rows(total);
        return rows.isEmpty() ? new ReportRow("total", "total", Map.of()) : rows.get(0);
    }
}
