package org.caredesk.console.charts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.caredesk.web.ScriptJson;

/**
 * Chart.js configurations for PrimeFaces' {@code <p:chart value="...">}, which takes the
 * configuration as JSON and writes it into an inline script. Built with JSON-P so labels and names are
 * always escaped, then made safe to stand in a script ({@link ScriptJson}).
 */
public final class ChartConfig {
    private final String type;
    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private final JsonObjectBuilder scales = Json.createObjectBuilder();
    private boolean stacked;
    private String title;

    private ChartConfig(String type) {
        this.type = type;
    }

    public static ChartConfig of(String type) {
        return new ChartConfig(type);
    }

    public ChartConfig labels(List<String> values) {
        values.forEach(labels::add);
        return this;
    }

    public ChartConfig title(String text) {
        this.title = text;
        return this;
    }

    public ChartConfig stacked() {
        this.stacked = true;
        return this;
    }

    /** A bar dataset; {@code colours} has one colour per bar. */
    public ChartConfig bars(String label, List<? extends Number> data, List<String> colours) {
        JsonArrayBuilder background = Json.createArrayBuilder();
        colours.forEach(background::add);
        datasets.add(Json.createObjectBuilder()
                .add("type", "bar")
                .add("label", label)
                .add("data", numbers(data))
                .add("backgroundColor", background)
                .add("order", 2));
        return this;
    }

    public ChartConfig bars(String label, List<? extends Number> data, String colour) {
        datasets.add(Json.createObjectBuilder()
                .add("type", "bar")
                .add("label", label)
                .add("data", numbers(data))
                .add("backgroundColor", colour)
                .add("order", 2));
        return this;
    }

    /** A line dataset drawn over the bars; {@code dashed} for reference lines such as "expected". */
    public ChartConfig line(String label, List<? extends Number> data, String colour, boolean dashed) {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("type", "line")
                .add("label", label)
                .add("data", numbers(data))
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("pointRadius", dashed ? 0 : 3)
                .add("tension", 0.2)
                .add("fill", false)
                .add("order", 1);
        if (dashed) {
            line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        datasets.add(line);
        return this;
    }

    /**
     * The incomplete last stretch of a line over time (this week so far): the same colour, dashed, with hollow
     * points, so a period still filling up does not read as a drop. {@code data} is null except at the last
     * complete point and the partial one.
     */
    public ChartConfig partialLine(String label, List<? extends Number> data, String colour) {
        datasets.add(Json.createObjectBuilder()
                .add("type", "line")
                .add("label", label)
                .add("data", numbers(data))
                .add("borderColor", colour)
                .add("backgroundColor", "#ffffff")
                .add("pointBorderColor", colour)
                .add("pointRadius", 3)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("spanGaps", false)
                .add("tension", 0.2)
                .add("fill", false)
                .add("order", 1));
        return this;
    }

    public String json() {
        JsonObjectBuilder y = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder x = Json.createObjectBuilder();
        if (stacked) {
            y.add("stacked", true);
            x.add("stacked", true);
        }
        scales.add("x", x).add("y", y);
        JsonObjectBuilder plugins = Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom"));
        if (title != null) {
            plugins.add("title", Json.createObjectBuilder().add("display", true).add("text", title));
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("plugins", plugins)
                                .add("scales", scales))
                .build();
        return ScriptJson.of(config.toString());
    }

    private static JsonArrayBuilder numbers(List<? extends Number> data) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number n : data) {
            if (n == null) {
                array.addNull(); // no point: the line breaks here
            } else if (n instanceof Integer || n instanceof Long) {
                array.add(n.longValue());
            } else {
                array.add(Math.round(n.doubleValue() * 100) / 100.0);
            }
        }
        return array;
    }
}
