package org.caredesk.system;

import static org.caredesk.system.Api.basic;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A supervisor opens the customers report on the demo data, drills into the repeat complainers and sees
 * the customers behind the figure, with those who withdrew analytics consent counted but not listed.
 */
@ExtendWith(RunningCareDesk.class)
class ReportDrillDownIT {
    private final CareDesk app;

    ReportDrillDownIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void theCustomersBehindRepeatComplaintsAreListedWithoutThoseWhoWithdrewConsent() {
        Api api = new Api(app);
        HttpResponse<String> rebuilt = api.send(api.request("/console/api/v1/reports/rollups/rebuild")
                .header("Authorization", basic(SUPERVISOR, SUPERVISOR_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, rebuilt.statusCode(), rebuilt.body());
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.go("/console/supervisor/reports.xhtml?report=customers");
            WebElement table = supervisor.visible(By.id("reportForm:rows"));
            assertTrue(table.getText().contains("Repeat complainers (2+ cases)"), table.getText());
            List<WebElement> links = supervisor.driver().findElements(By.cssSelector("[id$=':drill']"));
            WebElement repeat = links.stream()
                    .filter(l -> l.getText().equals("Repeat complainers (2+ cases)"))
                    .findFirst()
                    .orElseThrow();
            repeat.click();
            WebElement counts = supervisor.visible(By.id("drillCounts"));
            Matcher m = Pattern.compile("Found: ([\\d,]+) · Not shown \\(no analytics consent or erased\\): ([\\d,]+)")
                    .matcher(counts.getText().replaceAll("\\s+", " "));
            assertTrue(m.find(), counts.getText());
            long found = Long.parseLong(m.group(1).replace(",", ""));
            long withheld = Long.parseLong(m.group(2).replace(",", ""));
            assertTrue(found > 0, "the demo has repeat complainers: " + counts.getText());
            List<WebElement> listed =
                    supervisor.driver().findElements(By.cssSelector("[id='reportForm:drillCustomers_data'] tr"));
            assertEquals(Math.min(200, found - withheld), listed.size(), "every customer not withheld is listed");
            assertTrue(
                    supervisor.find(By.id("drillTitle")).getText().contains("Repeat complainers (2+ cases)"),
                    supervisor.find(By.id("drillTitle")).getText());
        }
    }
    /**
     * A report over time that ends today draws today's figures, still coming in, as a dashed stretch labelled
     * "so far" after the line of the complete days, not as a fall to zero at the right edge.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theVolumeChartDrawsTodaySoFarAsADashedStretchAfterTheCompleteDays() {
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.go("/console/supervisor/reports.xhtml?report=volume");
            supervisor.visible(By.id("reportForm:rows"));
            var chart = (java.util.Map<String, Object>) supervisor.script("var c = PF('reportChart').chart;"
                    + " return {labels: c.data.labels, drawn: c.getDatasetMeta(1).data.length,"
                    + " sets: c.data.datasets.map(function (d) { return {label: d.label,"
                    + " dash: d.borderDash ? d.borderDash.join(',') : '', data: d.data}; })};");
            List<String> labels = (List<String>) chart.get("labels");
            assertTrue(labels.get(labels.size() - 1).endsWith("(so far)"), labels.toString());
            List<java.util.Map<String, Object>> sets = (List<java.util.Map<String, Object>>) chart.get("sets");
            assertEquals(
                    List.of("Contacts", "Contacts (so far)", "Cases", "Cases (so far)"),
                    sets.stream().map(d -> d.get("label")).toList());
            for (int i = 0; i < sets.size(); i += 2) {
                List<Object> complete = (List<Object>) sets.get(i).get("data");
                List<Object> soFar = (List<Object>) sets.get(i + 1).get("data");
                int last = complete.size() - 1;
                assertEquals(null, complete.get(last), "the complete line stops before today");
                assertTrue(complete.get(last - 1) != null && soFar.get(last) != null, soFar.toString());
                assertEquals(soFar.get(last - 1), complete.get(last - 1), "the dashed stretch starts where it stops");
                assertEquals("", sets.get(i).get("dash"));
                assertEquals("6,4", sets.get(i + 1).get("dash"));
            }
            assertEquals(labels.size(), ((Number) chart.get("drawn")).intValue(), "Chart.js drew the dashed set");
            supervisor.script("document.getElementById('reportForm:reportChart').scrollIntoView();");
            supervisor.screenshot("report-volume-today-so-far");
        }
    }
}
