package org.caredesk.domain.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report's rows as CSV (RFC 4180, comma, CRLF): {@code group,label,} then the report's columns. A field that
 * a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe, since labels
 * can be what consumers typed (the self-service report's searches).
 */
public final class ReportCsv {
    private ReportCsv() {}

    public static String of(ReportTable table) {
        StringBuilder csv = new StringBuilder();
        List<String> columns = table.columns();
        csv.append("group,label");
        columns.forEach(c -> csv.append(',').append(c));
        csv.append("\r\n");
        for (ReportRow row : table.rows()) {
            csv.append(field(row.group())).append(',').append(field(row.label()));
            Map<String, Number> figures = row.figures();
            for (String c : columns) {
                Number n = figures.get(c);
                csv.append(',').append(n == null ? "" : number(n));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String number(Number n) {
        if (n instanceof Double d) {
            return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(d);
        }
        return n.toString();
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
