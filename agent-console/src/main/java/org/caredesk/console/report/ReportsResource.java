package org.caredesk.console.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import org.caredesk.domain.report.ReportCsv;
import org.caredesk.domain.report.ReportKind;
import org.caredesk.domain.report.ReportQuery;
import org.caredesk.domain.report.ReportRollups;
import org.caredesk.domain.report.ReportRow;
import org.caredesk.domain.report.ReportTable;
import org.caredesk.domain.report.Reports;
import org.caredesk.web.ApiError;

/**
 * {@code GET /console/api/v1/reports/{report}?from=&to=&groupBy=&channel=&product=&category=&language=&agent=}:
 * a report's rows with the period's total and the previous period's, as JSON, or as CSV with
 * {@code Accept: text/csv} (supervisors only, constraint in web.xml).
 */
@Path("v1/reports")
@RequestScoped
public class ReportsResource {
    private final Reports reports;
    private final ReportRollups rollups;
    private final Clock clock;

    protected ReportsResource() {
        this(null, null, null);
    }

    @Inject
    public ReportsResource(Reports reports, ReportRollups rollups, Clock clock) {
        this.reports = reports;
        this.rollups = rollups;
        this.clock = clock;
    }

    /**
     * The rebuild command: {@code POST /console/api/v1/reports/rollups/rebuild} empties the roll-ups and builds
     * them again from the whole history (after a restore, or to check them); answers the days and cases read.
     */
    @POST
    @Path("rollups/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject rebuild() {
        ReportRollups.Refresh done = rollups.rebuild();
        return Json.createObjectBuilder()
                .add("days", done.days())
                .add("cases", done.cases())
                .build();
    }

    @GET
    @Path("{report}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response report(
            @PathParam("report") String report,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("channel") String channel,
            @QueryParam("product") String product,
            @QueryParam("category") String category,
            @QueryParam("language") String language,
            @QueryParam("agent") String agent,
            @QueryParam("team") String team,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportKind kind = ReportRequest.kind(report).orElse(null);
        if (kind == null) {
            return ApiError.of(
                    Response.Status.NOT_FOUND,
                    "not_found",
                    "No report " + report + "; reports are " + ReportRequest.kinds());
        }
        ReportTable table;
        try {
            ReportQuery query = ReportRequest.parse(
                    kind,
                    from,
                    to,
                    groupBy,
                    ReportRequest.filter(channel, product, category, language, agent, team),
                    clock);
            table = reports.run(query);
        } catch (IllegalArgumentException e) {
            return ApiError.of(Response.Status.BAD_REQUEST, "bad_request", e.getMessage());
        }
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(ReportCsv.of(table), "text/csv;charset=UTF-8")
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"" + kind.wireName() + "-"
                                    + table.query().from() + "-" + table.query().to() + ".csv\"")
                    .build();
        }
        return Response.ok(json(table), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }

    static JsonObject json(ReportTable table) {
        ReportQuery q = table.query();
        var rows = Json.createArrayBuilder();
        for (ReportRow row : table.rows()) {
            rows.add(figures(
                    Json.createObjectBuilder().add("group", row.group()).add("label", row.label()), row.figures()));
        }
        ReportQuery before = q.previous();
        return Json.createObjectBuilder()
                .add("report", q.kind().wireName())
                .add("from", q.from().toString())
                .add("to", q.to().toString())
                .add("groupBy", q.groupBy().wireName())
                .add("columns", Json.createArrayBuilder(table.columns()))
                .add("rows", rows)
                .add("total", figures(Json.createObjectBuilder(), table.total().figures()))
                .add(
                        "previous",
                        figures(
                                Json.createObjectBuilder()
                                        .add("from", before.from().toString())
                                        .add("to", before.to().toString()),
                                table.previousTotal().figures()))
                .build();
    }

    private static JsonObjectBuilder figures(JsonObjectBuilder object, Map<String, Number> figures) {
        figures.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof Double d) {
                object.add(name, d);
            } else {
                object.add(name, value.longValue());
            }
        });
        return object;
    }
}
