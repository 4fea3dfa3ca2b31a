package org.caredesk.console.insight;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.caredesk.console.charts.ChartConfig;
import org.caredesk.domain.insight.SentimentDashboard;
import org.caredesk.domain.insight.SentimentFigures;

/**
 * The supervisor's sentiment dashboard: weekly sentiment for the chosen product (or all), the
 * largest negative shifts this week, the latest negative contacts with their evidence.
 */
@Named
@ViewScoped
public class SentimentPage implements Serializable {
    static final int WEEKS = 12;
    private static final int SHIFTS = 10;
    private static final int LATEST = 20;

    private final transient SentimentDashboard dashboard;
    private String product = "";
    private List<SentimentFigures.Week> weeks;
    private List<SentimentFigures.ProductOption> products;
    private List<SentimentFigures.Shift> shifts;
    private List<SentimentFigures.NegativeContact> latest;

    protected SentimentPage() {
        this(null);
    }

    @Inject
    public SentimentPage(SentimentDashboard dashboard) {
        this.dashboard = dashboard;
    }

    public void select() {
        weeks = null;
        latest = null;
    }

    public List<SentimentFigures.ProductOption> getProducts() {
        if (products == null) {
            products = dashboard.products(WEEKS);
        }
        return products;
    }

    public List<SentimentFigures.Week> getWeeks() {
        if (weeks == null) {
            weeks = dashboard.weekly(selected(), WEEKS);
        }
        return weeks;
    }

    public List<SentimentFigures.Shift> getShifts() {
        if (shifts == null) {
            shifts = dashboard.largestNegativeShifts(SHIFTS);
        }
        return shifts;
    }

    public List<SentimentFigures.NegativeContact> getLatest() {
        if (latest == null) {
            latest = dashboard.latestNegative(selected(), LATEST);
        }
        return latest;
    }

    /** Stacked weekly counts per sentiment label. */
    public String getVolumeChart() {
        ResourceBundle msg = bundle();
        List<SentimentFigures.Week> w = getWeeks();
        return ChartConfig.of("bar")
                .stacked()
                .labels(w.stream().map(x -> x.weekStart().toString()).toList())
                .bars(
                        msg.getString("sentiment.negative"),
                        w.stream().map(SentimentFigures.Week::negative).toList(),
                        "#c81e1e")
                .bars(
                        msg.getString("sentiment.neutral"),
                        w.stream().map(SentimentFigures.Week::neutral).toList(),
                        "#9aa5b1")
                .bars(
                        msg.getString("sentiment.positive"),
                        w.stream().map(SentimentFigures.Week::positive).toList(),
                        "#2f855a")
                .json();
    }

    /** The weekly negative share in percent. */
    public String getShareChart() {
        List<SentimentFigures.Week> w = getWeeks();
        return ChartConfig.of("line")
                .labels(w.stream().map(x -> x.weekStart().toString()).toList())
                .line(
                        bundle().getString("sentiment.negativeShare"),
                        w.stream().map(SentimentFigures.Week::negativePercent).toList(),
                        "#c81e1e",
                        false)
                .json();
    }

    private String selected() {
        return product == null || product.isBlank() ? null : product;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product == null ? "" : product;
    }
}
