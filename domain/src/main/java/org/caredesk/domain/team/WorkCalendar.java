package org.caredesk.domain.team;

import jakarta.persistence.*;
import org.caredesk.domain.platform.Ids;

/** The stored working hours and holidays of one team, or the global ones ({@code teamId} null). */
@Entity
@Table(name = "work_calendar")
public class WorkCalendar {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "time_zone")
    private String timeZone;

    private String week;

    private String holidays;

    @Version
    private long version;

    protected WorkCalendar() {}

    WorkCalendar(Long teamId) {
        this.teamId = teamId;
    }

    /** Checks the text by reading it first: a calendar that cannot be read is never stored. */
    BusinessCalendar change(String timeZone, String week, String holidays) {
        BusinessCalendar calendar = BusinessCalendar.parse(timeZone, week, holidays);
        this.timeZone = calendar.zone().getId();
        this.week = week.strip();
        this.holidays = holidays == null ? "" : holidays.strip();
        if (this.week.length() > 400 || this.holidays.length() > 4000) {
            throw new IllegalArgumentException("The working hours or holidays are too long");
        }
        return calendar;
    }

    BusinessCalendar calendar() {
        return BusinessCalendar.parse(timeZone, week, holidays);
    }

    WorkCalendarView view() {
        return new WorkCalendarView(teamId, timeZone, week, holidays);
    }

    Long teamId() {
        return teamId;
    }
}
