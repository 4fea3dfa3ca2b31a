package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a report over one roll-up table: the period on its day column and the filters that
 * table can answer. Values are always bound as parameters, never written into the SQL.
 */
final class FactSql {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private FactSql() {}

    /** Cases (report_case_fact {@code f}) whose {@code dayColumn} falls in the period, filtered. */
    static FactSql cases(ReportQuery query, String dayColumn) {
        return new FactSql().andCases(query, dayColumn);
    }

    /** Adds the conditions of {@link #cases(ReportQuery, String)} to this (after a {@link #cut}, a new part). */
    FactSql andCases(ReportQuery query, String dayColumn) {
        return filtered(query, period(dayColumn, query.from(), query.to()));
    }

    /**
     * The conditions so far as a WHERE clause, for one part of a statement of several parts (a UNION): the
     * next conditions start a new WHERE, their placeholders numbered on after these.
     */
    String cut() {
        String part = where.toString();
        where.setLength(0);
        return part;
    }

    /** Cases (report_case_fact {@code f}) of any day, filtered. */
    static FactSql cases(ReportQuery query) {
        return filtered(query, new FactSql());
    }

    private static FactSql filtered(ReportQuery query, FactSql sql) {
        ReportFilter f = query.filter();
        sql.equal("f.channel", f.channel());
        sql.equal("f.language", f.language());
        sql.product("f.product_id", f.product(), f.category());
        if (f.agent() != null) {
            sql.and("f.assignee_id IN (SELECT u.id FROM app_user u WHERE u.email = ?)", f.agent());
        }
        return sql;
    }

    /** Consumer contacts per day (report_contact_day {@code d}); agents do not filter contacts. */
    static FactSql contacts(ReportQuery query) {
        FactSql sql = new FactSql().period("d.contact_day", query.from(), query.to());
        ReportFilter f = query.filter();
        if (f.channel() != null) {
            sql.and("d.channel = ?", f.channel().toUpperCase(java.util.Locale.ROOT));
        }
        sql.equal("d.language", f.language());
        sql.product("d.product_id", f.product(), f.category());
        return sql;
    }

    /** No condition yet. */
    static FactSql none() {
        return new FactSql();
    }

    /** Only the product and category filters, on {@code column} (owned units, alerts, recalls). */
    static FactSql productFilter(ReportQuery query, String column) {
        FactSql sql = new FactSql();
        sql.product(column, query.filter().product(), query.filter().category());
        return sql;
    }

    FactSql period(String column, LocalDate from, LocalDate to) {
        return and(column + " >= ?", from).and(column + " <= ?", to);
    }

    FactSql and(String condition, Object value) {
        where.append(where.length() == 0 ? " WHERE " : " AND ");
        // number the placeholders in order, as JPA native queries bind them
        StringBuilder numbered = new StringBuilder();
        for (char c : condition.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                parameters.add(value);
                numbered.append(parameters.size());
            }
        }
        where.append(numbered);
        return this;
    }

    /** A numbered placeholder for {@code value}, for the SELECT part (its number follows the WHERE's so far). */
    String bind(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    FactSql andRaw(String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
        return this;
    }

    private void equal(String column, String value) {
        if (value != null) {
            and(column + " = ?", value);
        }
    }

    private void product(String column, String code, String category) {
        if (code != null) {
            and(column + " IN (SELECT p.id FROM product p WHERE p.code = ?)", code);
        }
        if (category != null) {
            and(column + " IN (SELECT p.id FROM product p WHERE p.category = ?)", category);
        }
    }

    String where() {
        return where.toString();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em, String select, String tail) {
        Query q = em.createNativeQuery(select + where + (tail == null ? "" : " " + tail));
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        List<?> result = q.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object r : result) {
            rows.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return rows;
    }
}
