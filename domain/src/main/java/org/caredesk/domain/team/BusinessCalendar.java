package org.caredesk.domain.team;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the SLA clocks run: working hours per weekday in one time zone, minus holidays. Written by a
 * supervisor as text, e.g. {@code mon-fri 09:00-17:00; sat 09:00-12:00}, holidays as ISO dates.
 * {@link #ALWAYS} runs around the clock (no calendar set), as the clocks did before calendars existed.
 */
public final class BusinessCalendar {
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneId.of("UTC"), null, Set.of());
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    /** Far enough for a 90-day target in an office open one hour a week; beyond it the deadline is "never". */
    private static final int MAX_DAYS_SEARCHED = 366 * 3;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalTime[]>> hours;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<LocalTime[]>> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
    }

    /** Reads a calendar; IllegalArgumentException names what is wrong. */
    public static BusinessCalendar parse(String timeZone, String week, String holidays) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unknown time zone: " + timeZone);
        }
        return new BusinessCalendar(zone, parseWeek(week), parseHolidays(holidays));
    }

    private static Map<DayOfWeek, List<LocalTime[]>> parseWeek(String week) {
        Map<DayOfWeek, List<LocalTime[]>> hours = new EnumMap<>(DayOfWeek.class);
        if (week == null || week.isBlank()) {
            throw new IllegalArgumentException("Working hours are empty (e.g. mon-fri 09:00-17:00)");
        }
        for (String part : week.toLowerCase(Locale.ROOT).split(";")) {
            String[] words = part.trim().split("\\s+");
            if (words.length != 2) {
                throw new IllegalArgumentException(
                        "Not 'days hours': '" + part.trim() + "' (e.g. mon-fri 09:00-17:00)");
            }
            String[] times = words[1].split("-");
            LocalTime[] span;
            try {
                span = new LocalTime[] {LocalTime.parse(times[0]), LocalTime.parse(times[1])};
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("Not hours like 09:00-17:00: '" + words[1] + "'");
            }
            if (!span[0].isBefore(span[1])) {
                throw new IllegalArgumentException("Hours end before they start: '" + words[1] + "'");
            }
            for (DayOfWeek day : days(words[0])) {
                hours.computeIfAbsent(day, d -> new ArrayList<>()).add(span);
            }
        }
        hours.values().forEach(spans -> spans.sort(java.util.Comparator.comparing(span -> span[0])));
        return hours;
    }

    private static List<DayOfWeek> days(String text) {
        String[] ends = text.split("-");
        int from = DAYS.indexOf(ends[0]);
        int to = ends.length == 2 ? DAYS.indexOf(ends[1]) : from;
        if (from < 0 || to < 0 || to < from || ends.length > 2) {
            throw new IllegalArgumentException("Not days like mon-fri or sat: '" + text + "'");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            days.add(DayOfWeek.of(i + 1));
        }
        return days;
    }

    private static Set<LocalDate> parseHolidays(String text) {
        Set<LocalDate> dates = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return dates;
        }
        for (String date : text.split("[,\\s]+")) {
            if (date.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(date.trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a date like 2026-12-25: '" + date.trim() + "'");
            }
        }
        return dates;
    }

    /**
     * The moment {@code work} of working time has passed after {@code start}; {@link Instant#MAX} when the
     * calendar has no working time for years.
     */
    public Instant plusWorkingTime(Instant start, Duration work) {
        if (hours == null) {
            return start.plus(work);
        }
        Duration left = work;
        ZonedDateTime at = start.atZone(zone);
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
            LocalDate date = at.toLocalDate().plusDays(day);
            if (holidays.contains(date)) {
                continue;
            }
            for (LocalTime[] span : hours.getOrDefault(date.getDayOfWeek(), List.of())) {
                ZonedDateTime open = date.atTime(span[0]).atZone(zone);
                ZonedDateTime close = date.atTime(span[1]).atZone(zone);
                ZonedDateTime from = open.isBefore(at) ? at : open;
                if (!from.isBefore(close)) {
                    continue;
                }
                Duration available = Duration.between(from, close);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left).toInstant();
                }
                left = left.minus(available);
            }
        }
        return Instant.MAX;
    }

    public ZoneId zone() {
        return zone;
    }
}
