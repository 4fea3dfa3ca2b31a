package org.caredesk.domain.team;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private final BusinessCalendar office = BusinessCalendar.parse("Europe/Rome", "mon-fri 09:00-17:00", "");

    @Test
    void withoutACalendarTheClockRunsAroundTheClock() {
        Instant friday = Instant.parse("2026-12-04T15:00:00Z");
        assertEquals(
                friday.plus(Duration.ofHours(2)), BusinessCalendar.ALWAYS.plusWorkingTime(friday, Duration.ofHours(2)));
    }

    @Test
    void timeAfterClosingOnFridayCountsFromMondayMorning() {
        // Friday 16:00 in Rome (15:00 UTC): one hour left today, one more on Monday from 09:00.
        Instant due = office.plusWorkingTime(Instant.parse("2026-12-04T15:00:00Z"), Duration.ofHours(2));
        assertEquals(Instant.parse("2026-12-07T09:00:00Z"), due); // Monday 10:00 in Rome
    }

    @Test
    void aHolidayIsSkipped() {
        BusinessCalendar withHoliday = BusinessCalendar.parse("Europe/Rome", "mon-fri 09:00-17:00", "2026-12-07");
        Instant due = withHoliday.plusWorkingTime(Instant.parse("2026-12-04T15:00:00Z"), Duration.ofHours(2));
        assertEquals(Instant.parse("2026-12-08T09:00:00Z"), due); // Tuesday 10:00 in Rome
    }

    @Test
    void aCaseOpenedAtNightStartsCountingWhenTheOfficeOpens() {
        BusinessCalendar split = BusinessCalendar.parse("UTC", "mon-fri 13:00-17:00; mon-fri 09:00-12:00", "");
        Instant due = split.plusWorkingTime(Instant.parse("2026-12-07T02:00:00Z"), Duration.ofHours(4));
        assertEquals(Instant.parse("2026-12-07T14:00:00Z"), due); // 3 h in the morning, 1 h after lunch
    }

    @Test
    void unreadableHoursAreRefusedSayingWhat() {
        IllegalArgumentException days = assertThrows(
                IllegalArgumentException.class, () -> BusinessCalendar.parse("UTC", "mon-xyz 09:00-17:00", ""));
        assertEquals("Not days like mon-fri or sat: 'mon-xyz'", days.getMessage());
        IllegalArgumentException hours = assertThrows(
                IllegalArgumentException.class, () -> BusinessCalendar.parse("UTC", "mon 17:00-09:00", ""));
        assertEquals("Hours end before they start: '17:00-09:00'", hours.getMessage());
        IllegalArgumentException zone = assertThrows(
                IllegalArgumentException.class, () -> BusinessCalendar.parse("Mars/Base", "mon 09:00-17:00", ""));
        assertEquals("Unknown time zone: Mars/Base", zone.getMessage());
        IllegalArgumentException holiday = assertThrows(
                IllegalArgumentException.class, () -> BusinessCalendar.parse("UTC", "mon 09:00-17:00", "25/12/2026"));
        assertEquals("Not a date like 2026-12-25: '25/12/2026'", holiday.getMessage());
    }
}
