package org.caredesk.console.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartConfigTest {
    /** Issue 13 item 10: a chart of two complaints a day had a y axis of 0.1, 0.2 … 1.0. */
    @Test
    void countsAreTickedInWholeNumbersFromZero() {
        JsonObject y = parse(ChartConfig.of("bar")
                        .labels(List.of("1 Dec", "2 Dec"))
                        .bars("Complaints", List.of(1, 2), "#243b53")
                        .json())
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("y");
        assertEquals(0, y.getJsonObject("ticks").getInt("precision"));
        assertTrue(y.getBoolean("beginAtZero"));
    }

    /** Labels are data (product names): they stay text even when they look like markup. */
    @Test
    void aLabelThatLooksLikeMarkupCannotEndTheScript() {
        String json = ChartConfig.of("bar")
                .labels(List.of("</script><script>alert(1)</script>"))
                .bars("Complaints", List.of(1), "#243b53")
                .json();
        assertTrue(!json.contains("</script>"), json);
        assertEquals(
                "</script><script>alert(1)</script>",
                parse(json).getJsonObject("data").getJsonArray("labels").getString(0));
    }

    /** The stretch to a period still filling up is dashed, and the complete line breaks before it (no zero). */
    @Test
    void aPartialLastPeriodIsADashedStretchAfterTheCompleteLine() {
        java.util.List<Number> complete = new java.util.ArrayList<>(List.of(4, 5));
        complete.add(null);
        java.util.List<Number> soFar = new java.util.ArrayList<>();
        soFar.add(null);
        soFar.addAll(List.of(5, 1));
        var datasets = parse(ChartConfig.of("line")
                        .labels(List.of("5 Dec", "6 Dec", "7 Dec (so far)"))
                        .line("Contacts", complete, "#1f5fa8", false)
                        .partialLine("Contacts (so far)", soFar, "#1f5fa8")
                        .json())
                .getJsonObject("data")
                .getJsonArray("datasets");
        assertEquals(
                "[4,5,null]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertTrue(!datasets.getJsonObject(0).containsKey("borderDash"));
        assertEquals(
                "[null,5,1]", datasets.getJsonObject(1).getJsonArray("data").toString());
        assertEquals(
                "[6,4]", datasets.getJsonObject(1).getJsonArray("borderDash").toString());
        assertEquals("#1f5fa8", datasets.getJsonObject(1).getString("borderColor"));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
