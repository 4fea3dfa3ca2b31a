package org.caredesk.console.automation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.SlaCalendars;
import org.caredesk.domain.team.TeamView;
import org.caredesk.domain.team.Teams;
import org.caredesk.domain.team.WorkCalendarView;
import org.caredesk.web.PathIds;

/**
 * {@code /console/api/v1/teams}: supervisors manage teams, their members and lead, and the working hours
 * of the SLA clocks (a team's own, or {@code global}); the open cases of a team's queue.
 */
@Path("v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TeamsResource {
    private final Teams teams;
    private final SlaCalendars calendars;
    private final CaseQueries cases;

    protected TeamsResource() {
        this(null, null, null);
    }

    @Inject
    public TeamsResource(Teams teams, SlaCalendars calendars, CaseQueries cases) {
        this.teams = teams;
        this.calendars = calendars;
        this.cases = cases;
    }

    @GET
    public List<TeamView> all() {
        return teams.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") TeamRequest team) {
        TeamView created = AutomationResource.checked(() -> teams.create(team.name()));
        TeamView led =
                team.lead() == null ? created : AutomationResource.checked(() -> teams.lead(created.id(), team.lead()));
        return Response.status(Response.Status.CREATED).entity(led).build();
    }

    /** Renames the team and/or names its lead ({@code ""} for none); a field left out stays. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamView update(@PathParam("id") String id, @NotNull(message = "a JSON body is required") TeamRequest team) {
        long teamId = teamId(id);
        TeamView view = teams.byId(teamId).orElseThrow();
        if (team.name() != null) {
            view = AutomationResource.checked(() -> teams.rename(teamId, team.name()));
        }
        if (team.lead() != null) {
            view = AutomationResource.checked(() -> teams.lead(teamId, team.lead()));
        }
        return view;
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamView addMember(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") MemberRequest member) {
        long teamId = teamId(id);
        return AutomationResource.checked(() -> teams.addMember(teamId, member.login() == null ? "" : member.login()));
    }

    @DELETE
    @Path("{id}/members/{login}")
    public TeamView removeMember(@PathParam("id") String id, @PathParam("login") String login) {
        long teamId = teamId(id);
        return AutomationResource.checked(() -> teams.removeMember(teamId, login));
    }

    /** The open cases in the team's queue, oldest first. */
    @GET
    @Path("{id}/cases")
    public List<CaseSummary> cases(@PathParam("id") String id) {
        return cases.openOfTeam(teamId(id), false, 500);
    }

    /** The working hours of a team ({@code id}) or of everyone ({@code global}); 404 when none is set. */
    @GET
    @Path("{id}/calendar")
    public WorkCalendarView calendar(@PathParam("id") String id) {
        return calendars.get(scope(id)).orElseThrow(() -> new NotFoundException("No working hours set"));
    }

    @PUT
    @Path("{id}/calendar")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkCalendarView saveCalendar(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") WorkCalendarView calendar) {
        Long scope = scope(id);
        return AutomationResource.checked(
                () -> calendars.save(scope, calendar.timeZone(), calendar.week(), calendar.holidays()));
    }

    @DELETE
    @Path("{id}/calendar")
    public Response clearCalendar(@PathParam("id") String id) {
        calendars.clear(scope(id));
        return Response.noContent().build();
    }

    private Long scope(String id) {
        return "global".equals(id) ? null : teamId(id);
    }

    private long teamId(String id) {
        return PathIds.parse(id)
                .filter(n -> teams.byId(n).isPresent())
                .orElseThrow(() -> new NotFoundException("No team " + id));
    }

    public record TeamRequest(String name, String lead) {}

    public record MemberRequest(String login) {}
}
