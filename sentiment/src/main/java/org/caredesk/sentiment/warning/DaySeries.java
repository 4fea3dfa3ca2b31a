package org.caredesk.sentiment.warning;

import java.util.Arrays;

/**
 * Counts per day of one product (and topic or term), so that any window or baseline is two binary
 * searches however long the history: the scan's cost does not grow with the number of contacts.
 *
 * <p>Sparse: one entry per day that has a count (the day and the running total up to it), so a
 * term seen on three days costs three entries, not one per day of history (the dense array of
 * before held 3.3 GB of term counts at a million contacts). {@link #forgetBefore} drops the days no
 * test looks at any more, which bounds the memory by the detectors' horizon. Days are epoch days; a
 * day before the last one counted is inserted (rare: history arrives roughly in order). Not
 * thread-safe.
 */
public final class DaySeries {

    private long[] days = new long[2];
    /** totals[i] = count of every retained day up to and including days[i]. */
    private int[] totals = new int[2];

    private int size;

    /** Adds {@code count} on {@code day}. */
    public void add(long day, int count) {
        if (size > 0 && days[size - 1] == day) {
            totals[size - 1] += count;
            return;
        }
        if (size == 0 || days[size - 1] < day) {
            grow();
            days[size] = day;
            totals[size] = total() + count;
            size++;
            return;
        }
        int at = Arrays.binarySearch(days, 0, size, day);
        if (at < 0) {
            at = -at - 1;
            grow();
            System.arraycopy(days, at, days, at + 1, size - at);
            System.arraycopy(totals, at, totals, at + 1, size - at);
            days[at] = day;
            totals[at] = at == 0 ? 0 : totals[at - 1];
            size++;
        }
        for (int i = at; i < size; i++) {
            totals[i] += count;
        }
    }

    /** Count over the days {@code from..to} (inclusive); 0 when empty. */
    public int sum(long from, long to) {
        if (size == 0 || to < from) {
            return 0;
        }
        return upTo(to) - upTo(from - 1);
    }

    /** Count of all retained days. */
    public int total() {
        return size == 0 ? 0 : totals[size - 1];
    }

    /** The first retained day counted, or {@code Long.MIN_VALUE} when there is none. */
    public long firstDay() {
        return size == 0 ? Long.MIN_VALUE : days[0];
    }

    /** Whether no day is retained. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** How many days with a count are retained (what the series costs). */
    public int storedDays() {
        return size;
    }

    /** Drops the days before {@code day}: sums over them read 0 from now on. */
    public void forgetBefore(long day) {
        int keep = Arrays.binarySearch(days, 0, size, day);
        int first = keep >= 0 ? keep : -keep - 1;
        if (first == 0) {
            return;
        }
        int dropped = totals[first - 1];
        size -= first;
        System.arraycopy(days, first, days, 0, size);
        System.arraycopy(totals, first, totals, 0, size);
        for (int i = 0; i < size; i++) {
            totals[i] -= dropped;
        }
        if (days.length > 16 && size < days.length / 4) {
            days = Arrays.copyOf(days, Math.max(2, size * 2));
            totals = Arrays.copyOf(totals, days.length);
        }
    }

    private int upTo(long day) {
        int at = Arrays.binarySearch(days, 0, size, day);
        int index = at >= 0 ? at : -at - 2;
        return index < 0 ? 0 : totals[index];
    }

    private void grow() {
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
            totals = Arrays.copyOf(totals, size * 2);
        }
    }
}
