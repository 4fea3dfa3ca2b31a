package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the value a roll-up row holds for a grouping (a day, a product id, an assignee id…) into the row's
 * key and label: days into their ISO week (the Monday) or month, products into their code or category,
 * assignees into their login. Loads the small catalogues (products, staff) once per report.
 */
final class Groups {
    static final String NONE = "none";

    private final GroupBy groupBy;
    private final Map<Long, String[]> products = new HashMap<>(); // id -> code, name, category
    private final Map<Long, String[]> staff = new HashMap<>(); // id -> login, display name

    Groups(EntityManager em, GroupBy groupBy) {
        this.groupBy = groupBy;
        for (Object[] p : em.createQuery("SELECT p.id, p.code, p.name, p.category FROM Product p", Object[].class)
                .getResultList()) {
            products.put((Long) p[0], new String[] {(String) p[1], (String) p[2], (String) p[3]});
        }
        if (groupBy == GroupBy.AGENT) {
            for (Object[] u : em.createQuery("SELECT u.id, u.email, u.displayName FROM UserAccount u", Object[].class)
                    .getResultList()) {
                staff.put((Long) u[0], new String[] {(String) u[1], (String) u[2]});
            }
        }
    }

    /** The roll-up column that holds this grouping's value ({@code alias} is the table's alias). */
    static String column(GroupBy groupBy, String alias, String dayColumn) {
        return switch (groupBy) {
            case DAY, WEEK, MONTH -> dayColumn;
            case CHANNEL -> alias + ".channel";
            case PRODUCT, CATEGORY -> alias + ".product_id";
            case LANGUAGE -> alias + ".language";
            case PRIORITY -> alias + ".priority";
            case AGENT -> alias + ".assignee_id";
            // the whole period: grouped by day in SQL (a constant cannot be grouped on PostgreSQL), one key here
            default -> dayColumn;
        };
    }

    String key(Object raw) {
        return switch (groupBy) {
            case DAY -> day(raw).toString();
            case WEEK -> monday(day(raw)).toString();
            case MONTH -> YearMonth.from(day(raw)).toString();
            case CHANNEL -> raw.toString().toLowerCase(Locale.ROOT);
            case PRODUCT -> product(raw, 0);
            case CATEGORY -> product(raw, 2);
            case LANGUAGE -> raw == null || raw.toString().isEmpty() ? NONE : raw.toString();
            case PRIORITY -> raw.toString();
            case AGENT -> {
                String[] s = staff.get(((Number) raw).longValue());
                yield s == null ? NONE : s[0];
            }
            default -> "total";
        };
    }

    String label(String key) {
        if (groupBy == GroupBy.PRODUCT) {
            return products.values().stream()
                    .filter(p -> p[0].equals(key))
                    .map(p -> p[1])
                    .findFirst()
                    .orElse(key);
        }
        if (groupBy == GroupBy.AGENT) {
            return staff.values().stream()
                    .filter(s -> s[0].equals(key))
                    .map(s -> s[1])
                    .findFirst()
                    .orElse(key);
        }
        return key;
    }

    /** Every key of a time grouping over the period, so a chart shows the empty days too. */
    static List<String> timeKeys(GroupBy groupBy, LocalDate from, LocalDate to) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            keys.add(
                    switch (groupBy) {
                        case WEEK -> monday(d).toString();
                        case MONTH -> YearMonth.from(d).toString();
                        default -> d.toString();
                    });
        }
        return new ArrayList<>(keys);
    }

    /** The code of a product id, or its category; {@link #NONE} for no product. */
    private String product(Object raw, int field) {
        String[] p = products.get(((Number) raw).longValue());
        return p == null || p[field] == null ? NONE : p[field];
    }

    static LocalDate day(Object raw) {
        if (raw instanceof LocalDate d) {
            return d;
        }
        if (raw instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(raw.toString().substring(0, 10));
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
