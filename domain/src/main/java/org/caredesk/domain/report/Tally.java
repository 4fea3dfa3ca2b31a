package org.caredesk.domain.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Figures being added up per group key, in first-seen order (time groupings are pre-filled in order). */
final class Tally {
    private final Map<String, Map<String, Number>> groups = new LinkedHashMap<>();
    private final List<String> columns;

    Tally(List<String> columns) {
        this.columns = columns;
    }

    Tally prefill(List<String> keys) {
        keys.forEach(this::group);
        return this;
    }

    Map<String, Number> group(String key) {
        return groups.computeIfAbsent(key, k -> {
            Map<String, Number> figures = new LinkedHashMap<>();
            columns.forEach(c -> figures.put(c, 0L));
            return figures;
        });
    }

    void add(String key, String column, long value) {
        group(key).merge(column, value, (a, b) -> a.longValue() + b.longValue());
    }

    Map<String, Map<String, Number>> groups() {
        return groups;
    }

    List<ReportRow> rows(Function<String, String> label) {
        List<ReportRow> rows = new ArrayList<>();
        groups.forEach((key, figures) -> rows.add(new ReportRow(key, label.apply(key), figures)));
        return rows;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
