package org.caredesk.domain.recall;

import java.util.Locale;

/**
 * The affected units of a recall: serial numbers from {@code from} to {@code to}, both included;
 * a missing bound is open, and no bounds at all means every unit. Serials compare as people read
 * them: case-insensitively and with runs of digits as numbers, so "PB20K-2025-9999" comes before
 * "PB20K-2025-10000".
 */
public record SerialRange(String from, String to) {

    public SerialRange {
        from = blankToNull(from);
        to = blankToNull(to);
    }

    public static SerialRange all() {
        return new SerialRange(null, null);
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    public boolean contains(String serial) {
        if (serial == null) {
            return false;
        }
        return (from == null || compare(from, serial) <= 0) && (to == null || compare(serial, to) <= 0);
    }

    /** Whether the bounds are in order (an empty range is a typing mistake, not a recall of nothing). */
    public boolean isOrdered() {
        return from == null || to == null || compare(from, to) <= 0;
    }

    static int compare(String a, String b) {
        String x = a.trim().toUpperCase(Locale.ROOT);
        String y = b.trim().toUpperCase(Locale.ROOT);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (Character.isDigit(cx) && Character.isDigit(cy)) {
                int ei = digitsEnd(x, i);
                int ej = digitsEnd(y, j);
                String nx = stripZeros(x.substring(i, ei));
                String ny = stripZeros(y.substring(j, ej));
                int byValue = nx.length() != ny.length() ? Integer.compare(nx.length(), ny.length()) : nx.compareTo(ny);
                if (byValue != 0) {
                    return byValue;
                }
                i = ei;
                j = ej;
            } else {
                if (cx != cy) {
                    return Character.compare(cx, cy);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static int digitsEnd(String s, int start) {
        int end = start;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
