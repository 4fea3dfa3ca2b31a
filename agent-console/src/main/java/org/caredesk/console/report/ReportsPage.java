package org.caredesk.console.report;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.caredesk.console.charts.ChartConfig;
import org.caredesk.domain.report.GroupBy;
import org.caredesk.domain.report.ReportCsv;
import org.caredesk.domain.report.ReportDrillDown;
import org.caredesk.domain.report.ReportKind;
import org.caredesk.domain.report.ReportQuery;
import org.caredesk.domain.report.ReportRow;
import org.caredesk.domain.report.ReportSchedule;
import org.caredesk.domain.report.ReportSchedules;
import org.caredesk.domain.report.ReportTable;
import org.caredesk.domain.report.Reports;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One report page for the six reports ({@code ?report=volume}…): period, grouping and filters, a chart of the
 * report's main figures, the table with its CSV export, the period against the one before, drill-down
 * from a row to the cases or customers behind it, and the supervisor's e-mailed schedules.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {
    private static final String[] COLOURS = {"#1f5fa8", "#c05621", "#2f855a", "#6b46c1"};

    private final transient Reports reports;
    private final transient ReportDrillDown drillDown;
    private final transient ReportSchedules schedules;
    private final transient Clock clock;
    private final ReportFormat format = new ReportFormat();

    private String report = "volume";
    private LocalDate from;
    private LocalDate to;
    private String groupBy = "";
    private String channel = "";
    private String product = "";
    private String category = "";
    private String language = "";
    private String agent = "";
    private String frequency = "weekly";
    private String error;
    private transient ReportTable table;
    private transient ReportDrillDown.DrillDown drill;
    private String drillGroup;
    private transient Reports.Options options;

    protected ReportsPage() {
        this(null, null, null, null);
    }

    @Inject
    public ReportsPage(Reports reports, ReportDrillDown drillDown, ReportSchedules schedules, Clock clock) {
        this.reports = reports;
        this.drillDown = drillDown;
        this.schedules = schedules;
        this.clock = clock;
    }

    public ReportTable getTable() {
        if (table == null && error == null) {
            try {
                table = reports.run(query());
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        return table;
    }

    /** Runs the report again with the form's values (the Show button). */
    public void show() {
        table = null;
        drill = null;
        error = null;
    }

    public void drill(String group) {
        drillGroup = group;
        try {
            drill = drillDown.open(query(), group, user());
        } catch (IllegalArgumentException e) {
            error = e.getMessage(); // a period or group the form no longer holds: said on the page, not a 500
        }
    }

    public StreamedContent getCsv() {
        byte[] bytes = ReportCsv.of(getTable()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(kind().wireName() + "-" + getFrom() + "-" + getTo() + ".csv")
                .contentType("text/csv;charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public void schedule() {
        schedules.schedule(
                user(),
                kind(),
                group(),
                ReportSchedule.Frequency.valueOf(frequency.toUpperCase(Locale.ROOT)),
                FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    public void cancel(long id) {
        schedules.cancel(id, user());
    }

    public List<ReportSchedule> getSchedules() {
        return schedules.of(user());
    }

    /** A chart of the report's main figures per row: bars, or lines over time. */
    public String getChart() {
        ReportTable t = getTable();
        if (t == null) {
            return "{}";
        }
        ResourceBundle msg = bundle();
        boolean time = t.query().groupBy().isTime();
        // the last period still filling up (today, this week, this month so far) is drawn dashed and labelled, as
        // analytics products do, instead of as a fall to the right edge
        boolean partial = time
                && !t.rows().isEmpty()
                && t.query().endsInPartialGroup(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        List<String> labels =
                new ArrayList<>(t.rows().stream().map(this::rowLabel).toList());
        if (partial) {
            labels.set(labels.size() - 1, labels.get(labels.size() - 1) + " (" + msg.getString("report.soFar") + ")");
        }
        ChartConfig chart = ChartConfig.of(time ? "line" : "bar").labels(labels);
        List<String> figures = chartFigures();
        for (int i = 0; i < figures.size(); i++) {
            String f = figures.get(i);
            List<Number> values = t.rows().stream()
                    .map(r -> r.figures().get(f) == null
                            ? (Number) 0
                            : r.figures().get(f))
                    .toList();
            String name = msg.getString("report.col." + f);
            if (partial) {
                int last = values.size() - 1;
                List<Number> complete = new ArrayList<>(values);
                complete.set(last, null);
                List<Number> soFar = new ArrayList<>(java.util.Collections.nCopies(values.size(), (Number) null));
                soFar.set(last, values.get(last));
                if (last > 0) {
                    soFar.set(last - 1, values.get(last - 1));
                }
                chart.line(name, complete, COLOURS[i], false);
                chart.partialLine(name + " (" + msg.getString("report.soFar") + ")", soFar, COLOURS[i]);
            } else if (time) {
                chart.line(name, values, COLOURS[i], false);
            } else {
                chart.bars(name, values, COLOURS[i]);
            }
        }
        return chart.json();
    }

    List<String> chartFigures() {
        return switch (kind()) {
            case VOLUME -> List.of("contacts", "cases");
            case SERVICE -> List.of("firstResponseSlaPercent", "resolutionSlaPercent");
            case SATISFACTION -> List.of("satisfiedPercent");
            case PRODUCTS -> List.of("casesPer1000Units");
            case CUSTOMERS -> List.of("customers");
            case SELF_SERVICE ->
                group() == GroupBy.QUERY
                        ? List.of("zeroResultSearches")
                        : List.of("searches", "zeroResultSearches", "casesAvoided");
        };
    }

    /** The period's figures against the period before: name, now, before, change in percent. */
    public List<Comparison> getComparison() {
        ReportTable t = getTable();
        List<Comparison> rows = new ArrayList<>();
        if (t == null) {
            return rows;
        }
        for (Map.Entry<String, Number> e : t.total().figures().entrySet()) {
            Number now = e.getValue();
            Number before = t.previousTotal().figures().get(e.getKey());
            String change = "";
            if (now != null && before != null && before.doubleValue() != 0) {
                double percent = 100.0 * (now.doubleValue() - before.doubleValue()) / Math.abs(before.doubleValue());
                change = (percent > 0 ? "+" : "") + format.decimal(locale(), percent, 1) + " %";
            }
            rows.add(new Comparison(columnName(e.getKey()), value(e.getKey(), now), value(e.getKey(), before), change));
        }
        return rows;
    }

    public record Comparison(String figure, String now, String before, String change) {}

    public String columnName(String column) {
        ResourceBundle msg = bundle();
        String key = "report.col." + column;
        return msg.containsKey(key) ? msg.getString(key) : column;
    }

    public String value(String column, Number value) {
        return format.figure(locale(), column, value);
    }

    public String cell(ReportRow row, String column) {
        return value(column, row.figures().get(column));
    }

    public String rowLabel(ReportRow row) {
        return format.group(locale(), bundle(), group(), row);
    }

    public String day(LocalDate day) {
        return format.day(locale(), day);
    }

    public Reports.Options getOptions() {
        if (options == null) {
            options = reports.options();
        }
        return options;
    }

    public List<String> getGroups() {
        return kind().groups().stream().map(GroupBy::wireName).toList();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(ReportKind.values())
                .map(ReportKind::wireName)
                .toList();
    }

    private ReportQuery query() {
        ReportQuery q = ReportRequest.parse(
                kind(),
                getFrom().toString(),
                getTo().toString(),
                groupBy,
                ReportRequest.filter(channel, product, category, language, agent, null),
                clock);
        groupBy = q.groupBy().wireName();
        return q;
    }

    private ReportKind kind() {
        return ReportRequest.kind(report).orElse(ReportKind.VOLUME);
    }

    private GroupBy group() {
        return GroupBy.fromWire(groupBy).filter(kind().groups()::contains).orElse(kind().defaultGroup());
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getError() {
        return error;
    }

    public ReportDrillDown.DrillDown getDrill() {
        return drill;
    }

    public String getDrillLabel() {
        ReportTable t = getTable();
        if (t == null || drillGroup == null) {
            return "";
        }
        return t.rows().stream()
                .filter(r -> r.group().equals(drillGroup))
                .findFirst()
                .map(this::rowLabel)
                .orElse(drillGroup);
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = ReportRequest.kind(report).map(ReportKind::wireName).orElse("volume");
    }

    public LocalDate getFrom() {
        if (from == null) {
            from = getTo().minusDays(ReportRequest.DEFAULT_DAYS - 1L);
        }
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        if (to == null) {
            to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        }
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getGroupBy() {
        return group().wireName();
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy == null ? "" : groupBy;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null ? "" : channel;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product == null ? "" : product;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null ? "" : category;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent == null ? "" : agent;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = "daily".equals(frequency) ? "daily" : "weekly";
    }
}
