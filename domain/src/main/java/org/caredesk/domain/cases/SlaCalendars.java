package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.caredesk.domain.team.WorkCalendarView;
import org.caredesk.domain.team.WorkCalendars;

/**
 * A supervisor's change of business hours, with what it moves: the stored SLA times of the cases the
 * calendar governs, so that the views' "breached" and urgency order follow the new hours at once.
 */
@ApplicationScoped
@Transactional
public class SlaCalendars {
    private final EntityManager entityManager;

    protected SlaCalendars() {
        this(null);
    }

    @Inject
    public SlaCalendars(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The stored calendar of a team, or the global one when {@code teamId} is null. */
    public Optional<WorkCalendarView> get(Long teamId) {
        return new WorkCalendars(entityManager).get(teamId);
    }

    /** Stores a team's calendar (the global one when {@code teamId} is null); IllegalArgumentException says what is wrong. */
    public WorkCalendarView save(Long teamId, String timeZone, String week, String holidays) {
        WorkCalendarView saved = new WorkCalendars(entityManager).save(teamId, timeZone, week, holidays);
        entityManager.flush();
        new SlaTargets(entityManager).rescheduleAll();
        return saved;
    }

    /** Removes a calendar; its cases fall back to the global calendar, or around the clock. */
    public void clear(Long teamId) {
        new WorkCalendars(entityManager).clear(teamId);
        entityManager.flush();
        new SlaTargets(entityManager).rescheduleAll();
    }
}
