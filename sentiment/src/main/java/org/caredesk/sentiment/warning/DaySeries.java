package org.caredesk.sentiment.warning;

import java.util.Arrays;

/**
 * Counts per day of one product (and topic), kept as running totals so that any window or
 * baseline is two array reads however long the history: the scan's cost does not grow with the
 * number of contacts. Days are epoch days; a day before the first one counted is added by shifting
 * (rare: history arrives roughly in order). Not thread-safe.
 */
public final class DaySeries {

    private long origin = Long.MIN_VALUE;
    /** cumulative[i] = count of days origin..origin+i. */
    private int[] cumulative = new int[16];
    private int length;

    /** Adds {@code count} on {@code day}. */
    public void add(long day, int count) {
        if (origin == Long.MIN_VALUE) {
            origin = day;
        }
        if (day < origin) {
            shiftTo(day);
        }
        int index = (int) (day - origin);
        ensure(index + 1);
        for (int i = index; i < length; i++) {
            cumulative[i] += count;
        }
    }

    /** Count over the days {@code from..to} (inclusive); 0 when empty. */
    public int sum(long from, long to) {
        if (origin == Long.MIN_VALUE || to < from || to < origin) {
            return 0;
        }
        return upTo(to) - upTo(from - 1);
    }

    /** Count of all days. */
    public int total() {
        return length == 0 ? 0 : cumulative[length - 1];
    }

    /** The first day counted, or {@code Long.MIN_VALUE} when nothing was. */
    public long firstDay() {
        return origin;
    }

    private int upTo(long day) {
        if (day < origin) {
            return 0;
        }
        long index = day - origin;
        return index >= length ? total() : cumulative[(int) index];
    }

    private void ensure(int newLength) {
        if (newLength <= length) {
            return;
        }
        if (newLength > cumulative.length) {
            cumulative = Arrays.copyOf(cumulative, Math.max(newLength, cumulative.length * 2));
        }
        int last = total();
        Arrays.fill(cumulative, length, newLength, last);
        length = newLength;
    }

    private void shiftTo(long newOrigin) {
        int shift = (int) (origin - newOrigin);
        int[] shifted = new int[Math.max(16, length + shift)];
        System.arraycopy(cumulative, 0, shifted, shift, length);
        cumulative = shifted;
        length += shift;
        origin = newOrigin;
    }
}
