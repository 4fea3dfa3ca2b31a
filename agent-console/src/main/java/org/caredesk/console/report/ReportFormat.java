package org.caredesk.console.report;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.caredesk.domain.report.GroupBy;
import org.caredesk.domain.report.ReportRow;

/**
 * Figures and group names as people read them, in the page's language: grouped thousands, one decimal for
 * percentages, minutes as hours and minutes, days and months written out, channels and measures translated.
 */
final class ReportFormat implements Serializable {

    String figure(Locale locale, String column, Number value) {
        if (value == null) {
            return "–";
        }
        if (column.endsWith("Percent")) {
            return decimal(locale, value.doubleValue(), 1) + " %";
        }
        if (column.endsWith("Minutes")) {
            long minutes = value.longValue();
            return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
        }
        if (value instanceof Double d) {
            return decimal(locale, d, 2);
        }
        return NumberFormat.getIntegerInstance(locale).format(value.longValue());
    }

    String decimal(Locale locale, double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(digits);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    String day(Locale locale, LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    String group(Locale locale, ResourceBundle msg, GroupBy groupBy, ReportRow row) {
        String key = row.group();
        switch (groupBy) {
            case DAY, WEEK -> {
                return day(locale, LocalDate.parse(key));
            }
            case MONTH -> {
                return YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
            }
            case CHANNEL -> {
                return translated(msg, "channel." + key, key);
            }
            case PRIORITY -> {
                return translated(msg, "priority." + key, key);
            }
            case MEASURE -> {
                return translated(msg, "report.measure." + key, key);
            }
            case LANGUAGE -> {
                return translated(msg, "report.language." + key, key);
            }
            default -> {
                return "none".equals(key) ? translated(msg, "report.none", key) : row.label();
            }
        }
    }

    private static String translated(ResourceBundle msg, String key, String fallback) {
        return msg.containsKey(key) ? msg.getString(key) : fallback;
    }
}
