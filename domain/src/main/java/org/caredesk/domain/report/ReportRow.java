package org.caredesk.domain.report;

import java.util.Map;

/**
 * One row of a report: the group it stands for ({@code group} is the key a drill-down takes back,
 * {@code label} what people read) and its figures by column name, in the report's column order. A figure
 * is null when it cannot be computed (a median of no cases).
 */
public record ReportRow(String group, String label, Map<String, Number> figures) {}
