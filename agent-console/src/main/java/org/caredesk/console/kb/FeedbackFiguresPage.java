package org.caredesk.console.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.caredesk.domain.kb.feedback.ArticleFigure;
import org.caredesk.domain.kb.feedback.FeedbackComment;
import org.caredesk.domain.kb.feedback.FeedbackFigures;
import org.caredesk.web.ScriptJson;

/** Votes, comments and case-form deflection per article, with charts of the busiest articles. */
@Named
@ViewScoped
public class FeedbackFiguresPage implements Serializable {
    private static final int CHARTED = 10;

    private final transient FeedbackFigures figures;
    private List<ArticleFigure> rows;
    private boolean onlyActive = true;
    private ArticleFigure selected;
    private List<FeedbackComment> comments = List.of();

    protected FeedbackFiguresPage() {
        this(null);
    }

    @Inject
    public FeedbackFiguresPage(FeedbackFigures figures) {
        this.figures = figures;
    }

    public List<ArticleFigure> getRows() {
        if (rows == null) {
            rows = figures.perArticle();
        }
        return onlyActive ? rows.stream().filter(FeedbackFiguresPage::active).toList() : rows;
    }

    private static boolean active(ArticleFigure f) {
        return f.helpful() + f.notHelpful() + f.shown() + f.opened() > 0;
    }

    public void refresh() {
        rows = null;
    }

    public void showComments(ArticleFigure figure) {
        selected = figure;
        comments = figures.comments(figure.id());
    }

    /** Chart.js configuration: yes and no votes of the most-voted articles. */
    public String getVotesChart() {
        return barChart(
                f -> f.helpful() + f.notHelpful(),
                new String[] {"kb.figures.yes", "kb.figures.no"},
                new String[] {"#2f855a", "#c53030"},
                ArticleFigure::helpful,
                ArticleFigure::notHelpful);
    }

    /** Chart.js configuration: shown, opened and deflected for the most-suggested articles. */
    public String getDeflectionChart() {
        return barChart(
                ArticleFigure::shown,
                new String[] {"kb.figures.shown", "kb.figures.opened", "kb.figures.deflected"},
                new String[] {"#a0aec0", "#3182ce", "#2f855a"},
                ArticleFigure::shown,
                ArticleFigure::opened,
                ArticleFigure::deflected);
    }

    @SafeVarargs
    private String barChart(
            ToLongFunction<ArticleFigure> rank,
            String[] labelKeys,
            String[] colours,
            ToLongFunction<ArticleFigure>... series) {
        List<ArticleFigure> top = getRows().stream()
                .filter(f -> rank.applyAsLong(f) > 0)
                .sorted(Comparator.comparingLong(rank).reversed())
                .limit(CHARTED)
                .toList();
        if (top.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        top.forEach(f -> labels.add(f.title().length() > 40 ? f.title().substring(0, 39) + "…" : f.title()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            ToLongFunction<ArticleFigure> value = series[i];
            top.forEach(f -> data.add(value.applyAsLong(f)));
            datasets.add(Json.createObjectBuilder()
                    .add("label", ConsoleMessages.text(labelKeys[i]))
                    .add("backgroundColor", colours[i])
                    .add("data", data));
        }
        // Article titles are written by people: the JSON lands in an inline script (ScriptJson).
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("responsive", true)
                                .add("maintainAspectRatio", false))
                .build()
                .toString());
    }

    public boolean isOnlyActive() {
        return onlyActive;
    }

    public void setOnlyActive(boolean onlyActive) {
        this.onlyActive = onlyActive;
    }

    public ArticleFigure getSelected() {
        return selected;
    }

    public List<FeedbackComment> getComments() {
        return comments;
    }
}
