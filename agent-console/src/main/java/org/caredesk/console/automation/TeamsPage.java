package org.caredesk.console.automation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.cases.SlaCalendars;
import org.caredesk.domain.presence.AgentStatus;
import org.caredesk.domain.presence.SupervisionBoard;
import org.caredesk.domain.team.TeamView;
import org.caredesk.domain.team.Teams;
import org.caredesk.domain.team.WorkCalendarView;

/** Supervisors manage teams (members, lead) and the working hours of the SLA clocks (web.xml: supervisors only). */
@Named
@ViewScoped
public class TeamsPage implements Serializable {
    private final transient Teams teams;
    private final transient SlaCalendars calendars;
    private final transient SupervisionBoard board;
    private List<TeamView> all;
    private String newName;
    private Long teamId;
    private String lead;
    private String member;
    private String timeZone = "Europe/Rome";
    private String week = "";
    private String holidays = "";

    protected TeamsPage() {
        this(null, null, null);
    }

    @Inject
    public TeamsPage(Teams teams, SlaCalendars calendars, SupervisionBoard board) {
        this.teams = teams;
        this.calendars = calendars;
        this.board = board;
    }

    public List<TeamView> getAll() {
        if (all == null) {
            all = teams.all();
        }
        return all;
    }

    /** The members for the table: how many, then their logins. */
    public String members(TeamView team) {
        return team.members().size() + (team.members().isEmpty() ? "" : ": " + String.join(", ", team.members()));
    }

    public List<AgentStatus> getStaff() {
        return board.agents();
    }

    public void create() {
        if (act(() -> teams.create(newName))) {
            newName = null;
        }
    }

    /** Picks the team to edit ({@code null}: the global working hours) and loads its calendar. */
    public void pick(Long id) {
        teamId = id;
        lead = id == null ? null : teams.byId(id).map(TeamView::lead).orElse(null);
        WorkCalendarView calendar = calendars.get(id).orElse(null);
        timeZone = calendar == null ? "Europe/Rome" : calendar.timeZone();
        week = calendar == null ? "" : calendar.week();
        holidays = calendar == null ? "" : calendar.holidays();
    }

    public TeamView getPicked() {
        return teamId == null ? null : teams.byId(teamId).orElse(null);
    }

    public void saveLead() {
        act(() -> teams.lead(teamId, lead));
    }

    public void addMember() {
        if (member != null && act(() -> teams.addMember(teamId, member))) {
            member = null;
        }
    }

    public void removeMember(String login) {
        act(() -> teams.removeMember(teamId, login));
    }

    public void saveHours() {
        if (week == null || week.isBlank()) {
            calendars.clear(teamId);
            PageMessages.info("teams.saved");
            return;
        }
        act(() -> calendars.save(teamId, timeZone, week, holidays));
    }

    private boolean act(Runnable change) {
        try {
            change.run();
            all = null;
            PageMessages.info("teams.saved");
            return true;
        } catch (IllegalArgumentException e) {
            PageMessages.error("teams.refused", e.getMessage());
            return false;
        }
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }
}
