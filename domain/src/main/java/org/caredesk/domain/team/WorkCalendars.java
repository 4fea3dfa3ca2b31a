package org.caredesk.domain.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The calendars the SLA clocks follow: a team's own, else the global one, else around the clock.
 * Read fresh on each lookup (a handful of rows), so a change holds on every instance at once.
 */
@ApplicationScoped
@Transactional
public class WorkCalendars {
    private static final Logger LOG = Logger.getLogger(WorkCalendars.class.getName());
    private final EntityManager entityManager;

    protected WorkCalendars() {
        this(null);
    }

    @Inject
    public WorkCalendars(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The stored calendar of a team, or the global one when {@code teamId} is null. */
    public Optional<WorkCalendarView> get(Long teamId) {
        return row(teamId).map(WorkCalendar::view);
    }

    /** Stores a calendar; IllegalArgumentException says what cannot be read. */
    public WorkCalendarView save(Long teamId, String timeZone, String week, String holidays) {
        WorkCalendar row = row(teamId).orElseGet(() -> {
            WorkCalendar created = new WorkCalendar(teamId);
            entityManager.persist(created);
            return created;
        });
        row.change(timeZone, week, holidays);
        return row.view();
    }

    /** Removes a calendar: the team falls back to the global one, the global to around the clock. */
    public void clear(Long teamId) {
        row(teamId).ifPresent(entityManager::remove);
    }

    /** Every calendar at once, for computing many clocks. */
    public Lookup lookup() {
        Map<Long, BusinessCalendar> byTeam = new HashMap<>();
        BusinessCalendar global = BusinessCalendar.ALWAYS;
        for (WorkCalendar row : entityManager
                .createQuery("SELECT w FROM WorkCalendar w", WorkCalendar.class)
                // Read before a case is scheduled, after its change: the read must not flush that change early.
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultList()) {
            BusinessCalendar calendar;
            try {
                calendar = row.calendar();
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Unreadable calendar ignored: " + e.getMessage());
                continue;
            }
            if (row.teamId() == null) {
                global = calendar;
            } else {
                byTeam.put(row.teamId(), calendar);
            }
        }
        BusinessCalendar fallback = global;
        return teamId -> teamId == null ? fallback : byTeam.getOrDefault(teamId, fallback);
    }

    private Optional<WorkCalendar> row(Long teamId) {
        if (teamId == null) {
            return entityManager
                    .createQuery("SELECT w FROM WorkCalendar w WHERE w.teamId IS NULL", WorkCalendar.class)
                    .getResultStream()
                    .findFirst();
        }
        return entityManager
                .createQuery("SELECT w FROM WorkCalendar w WHERE w.teamId = :team", WorkCalendar.class)
                .setParameter("team", teamId)
                .getResultStream()
                .findFirst();
    }

    /** The calendar of a team's cases (null: cases in no team). */
    @FunctionalInterface
    public interface Lookup {
        BusinessCalendar forTeam(Long teamId);
    }
}
