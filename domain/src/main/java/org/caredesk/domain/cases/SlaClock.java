package org.caredesk.domain.cases;

import java.time.Instant;
import org.caredesk.domain.team.BusinessCalendar;

/**
 * Where a case stands against its SLA targets at one moment. A due time is null once the timer
 * stopped (answered, resolved); a breach stays a breach when it stopped late.
 */
public record SlaClock(
        Instant firstResponseDue, boolean firstResponseBreached, Instant resolutionDue, boolean resolutionBreached) {

    public static SlaClock of(
            SlaTarget target, Instant createdAt, Instant firstResponseAt, Instant resolvedAt, Instant now) {
        return of(target, BusinessCalendar.ALWAYS, createdAt, firstResponseAt, resolvedAt, now);
    }

    /** The clock counting only the working time of {@code calendar} (business hours, holidays). */
    public static SlaClock of(
            SlaTarget target,
            BusinessCalendar calendar,
            Instant createdAt,
            Instant firstResponseAt,
            Instant resolvedAt,
            Instant now) {
        Instant responseDue = calendar.plusWorkingTime(createdAt, target.firstResponse());
        Instant resolutionDue = calendar.plusWorkingTime(createdAt, target.resolution());
        boolean responseLate = (firstResponseAt == null ? now : firstResponseAt).isAfter(responseDue);
        boolean resolutionLate = (resolvedAt == null ? now : resolvedAt).isAfter(resolutionDue);
        return new SlaClock(
                firstResponseAt == null ? responseDue : null,
                responseLate,
                resolvedAt == null ? resolutionDue : null,
                resolutionLate);
    }

    public boolean breached() {
        return firstResponseBreached || resolutionBreached;
    }

    /** The nearest running deadline, for sorting the queue; null when no timer runs. */
    public Instant nextDue() {
        if (firstResponseDue == null) {
            return resolutionDue;
        }
        if (resolutionDue == null) {
            return firstResponseDue;
        }
        return firstResponseDue.isBefore(resolutionDue) ? firstResponseDue : resolutionDue;
    }
}
