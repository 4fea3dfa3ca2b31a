package org.caredesk.console.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.caredesk.domain.report.GroupBy;
import org.caredesk.domain.report.ReportFilter;
import org.caredesk.domain.report.ReportKind;
import org.caredesk.domain.report.ReportQuery;

/**
 * Reads a report request from its text parameters (the API's query string, the page's URL): the report, the
 * period (default: the 30 days up to today, UTC), the grouping (default: the report's own) and the filters.
 * A bad value is refused with an {@link IllegalArgumentException} that names the parameter.
 */
final class ReportRequest {
    static final int DEFAULT_DAYS = 30;

    private ReportRequest() {}

    static Optional<ReportKind> kind(String name) {
        return ReportKind.fromWire(name == null ? "" : name.trim());
    }

    static String kinds() {
        return Arrays.stream(ReportKind.values())
                .map(ReportKind::wireName)
                .toList()
                .toString();
    }

    static ReportQuery parse(
            ReportKind kind, String from, String to, String groupBy, ReportFilter filter, java.time.Clock clock) {
        LocalDate end = blank(to) ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : date("to", to);
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1L) : date("from", from);
        GroupBy group = blank(groupBy)
                ? kind.defaultGroup()
                : GroupBy.fromWire(groupBy.trim())
                        .filter(kind.groups()::contains)
                        .orElseThrow(() -> new IllegalArgumentException("groupBy must be one of "
                                + kind.groups().stream().map(GroupBy::wireName).toList() + " for " + kind.wireName()));
        return new ReportQuery(kind, start, end, group, filter);
    }

    static ReportFilter filter(
            String channel, String product, String category, String language, String agent, String team) {
        return new ReportFilter(
                clean(channel), clean(product), clean(category), clean(language), clean(agent), clean(team));
    }

    private static String clean(String value) {
        return blank(value) ? null : value.trim();
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
