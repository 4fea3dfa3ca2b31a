package org.caredesk.domain.csat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The supervisor's CSAT table: ratings, average and satisfied share per agent or per product over a
 * period, and the latest comments. Counted in the database (one grouped query), not case by case.
 *
 * <p>Teams: when agents belong to teams (issue 21 item 7, built apart), a {@code TEAM} grouping joins the
 * assignee's team here, the same way {@code AGENT} joins the assignee.
 */
@ApplicationScoped
public class CsatTable {
    /** What the rows are per. */
    public enum GroupBy {
        AGENT,
        PRODUCT
    }

    private static final int LATEST = 20;

    private final EntityManager entityManager;

    protected CsatTable() {
        this(null);
    }

    @Inject
    public CsatTable(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Rows for ratings given from {@code from} (inclusive) to {@code to} (exclusive), most ratings first. */
    public List<CsatRow> rows(GroupBy groupBy, Instant from, Instant to) {
        String group = groupBy == GroupBy.AGENT ? "a.displayName, a.email" : "p.name, p.code";
        String join = groupBy == GroupBy.AGENT ? "LEFT JOIN c.assignee a" : "LEFT JOIN c.product p";
        List<Object[]> found = entityManager
                .createQuery(
                        "SELECT " + group + ", COUNT(c), AVG(c.csatScore),"
                                + " SUM(CASE WHEN c.csatScore >= 4 THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN c.csatComment IS NOT NULL THEN 1 ELSE 0 END)"
                                + " FROM SupportCase c " + join
                                + " WHERE c.csatScore IS NOT NULL AND c.csatAt >= :from AND c.csatAt < :to"
                                + " GROUP BY " + group + " ORDER BY COUNT(c) DESC",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return found.stream()
                .map(r -> new CsatRow(
                        (String) r[0],
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).doubleValue(),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }

    /** The latest ratings that came with a comment, newest first. */
    public List<CsatComment> latestComments(Instant from, Instant to) {
        return entityManager
                .createQuery(
                        "SELECT c.caseNumber, c.csatScore, c.csatComment, a.displayName, p.name, c.csatAt"
                                + " FROM SupportCase c LEFT JOIN c.assignee a LEFT JOIN c.product p"
                                + " WHERE c.csatComment IS NOT NULL AND c.csatAt >= :from AND c.csatAt < :to"
                                + " ORDER BY c.csatAt DESC",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(LATEST)
                .getResultStream()
                .map(r -> new CsatComment(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (Instant) r[5]))
                .toList();
    }
}
