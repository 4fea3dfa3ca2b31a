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

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
