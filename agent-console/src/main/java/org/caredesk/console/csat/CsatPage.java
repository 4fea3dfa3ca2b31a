package org.caredesk.console.csat;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.csat.CsatComment;
import org.caredesk.domain.csat.CsatRow;
import org.caredesk.domain.csat.CsatTable;

/**
 * The supervisor's CSAT table per agent and per product over a period (the last 30 days unless the
 * address says otherwise: {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD}, both days included). A team column
 * comes with teams (see {@link CsatTable}).
 */
@Named
@ViewScoped
public class CsatPage implements Serializable {
    private final transient CsatTable table;
    private String from;
    private String to;
    private List<CsatRow> byAgent;
    private List<CsatRow> byProduct;
    private List<CsatComment> latest;

    protected CsatPage() {
        this(null);
    }

    @Inject
    public CsatPage(CsatTable table) {
        this.table = table;
    }

    /** On the first request: the period from the address (or the last 30 days) is shown in the date fields too. */
    public void onLoad() {
        load();
    }

    public String show() {
        LocalDate[] period = range();
        return "/supervisor/csat.xhtml?faces-redirect=true&from=" + period[0] + "&to=" + period[1];
    }

    private void load() {
        LocalDate[] period = range();
        var start = period[0].atStartOfDay().toInstant(ZoneOffset.UTC);
        var end = period[1].plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        byAgent = table.rows(CsatTable.GroupBy.AGENT, start, end);
        byProduct = table.rows(CsatTable.GroupBy.PRODUCT, start, end);
        latest = table.latestComments(start, end);
    }

    /** The period asked for; the last 30 days when a date is missing, unreadable or the order is wrong. */
    private LocalDate[] range() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = date(from, today.minusDays(29));
        LocalDate end = date(to, today);
        if (start.isAfter(end)) {
            PageMessages.warn("csat.badDates");
            start = today.minusDays(29);
            end = today;
        }
        from = start.toString();
        to = end.toString();
        return new LocalDate[] {start, end};
    }

    private static LocalDate date(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    public String average(CsatRow row) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(row.average());
    }

    public String share(CsatRow row) {
        return NumberFormat.getPercentInstance(locale()).format(row.satisfiedShare());
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<CsatRow> getByAgent() {
        if (byAgent == null) {
            load();
        }
        return byAgent;
    }

    public List<CsatRow> getByProduct() {
        if (byProduct == null) {
            load();
        }
        return byProduct;
    }

    public List<CsatComment> getLatest() {
        if (latest == null) {
            load();
        }
        return latest;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
