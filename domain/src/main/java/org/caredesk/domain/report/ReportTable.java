package org.caredesk.domain.report;

import java.util.List;

/**
 * A report's answer: the rows, the total of the period and the total of the period before it (same
 * length) for comparison. A column named {@code ...Percent} holds a percentage, {@code ...Minutes} minutes.
 */
public record ReportTable(
        ReportQuery query, List<String> columns, List<ReportRow> rows, ReportRow total, ReportRow previousTotal) {}
