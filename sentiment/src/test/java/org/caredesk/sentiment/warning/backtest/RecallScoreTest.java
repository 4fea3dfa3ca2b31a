package org.caredesk.sentiment.warning.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecallScoreTest {

    private static final LocalDate RECALL_DAY = LocalDate.of(2015, 6, 1);

    private static List<BacktestComplaint> complaints(String product, int hazardous, int daysBefore) {
        List<BacktestComplaint> list = new ArrayList<>();
        for (int i = 0; i < hazardous; i++) {
            list.add(new BacktestComplaint(RECALL_DAY.minusDays(daysBefore - i), product, true));
        }
        list.add(new BacktestComplaint(RECALL_DAY.minusDays(10), product, false));
        return list;
    }

    @Test
    void scoresDetectableWarnedLeadAndUnrelatedByTheIssuesDefinitions() {
        List<BacktestComplaint> history = new ArrayList<>(complaints("SUV", 3, 100));
        history.addAll(complaints("VAN", 2, 100)); // two hazard complaints: not detectable
        history.addAll(complaints("CAR", 3, 200)); // 200 days before: outside the 180 days
        List<Recall> recalls = List.of(
                new Recall("R1", "SUV", RECALL_DAY, "x"),
                new Recall("R2", "VAN", RECALL_DAY, "x"),
                new Recall("R3", "CAR", RECALL_DAY, "x"));
        List<BacktestAlert> alerts = List.of(
                new BacktestAlert(RECALL_DAY.minusDays(300), "SUV", "any-hazard", ""),
                new BacktestAlert(RECALL_DAY.minusDays(120), "SUV", "any-hazard", ""),
                new BacktestAlert(RECALL_DAY.minusDays(400), "VAN", "any-hazard", ""), // > 365 days before: unrelated
                new BacktestAlert(RECALL_DAY.plusDays(5), "SUV", "fire", "")); // no later recall: unrelated

        RecallScore.Totals totals = new RecallScore().score(history, recalls, alerts);

        assertEquals(1, totals.detectable());
        assertTrue(totals.outcomes().get(0).detectable());
        assertFalse(totals.outcomes().get(1).detectable());
        assertFalse(totals.outcomes().get(2).detectable());
        assertEquals(1, totals.warnedDetectable());
        assertEquals(300, totals.outcomes().get(0).leadDays(), "the lead runs from the first alert in the 365 days");
        assertEquals(300.0, totals.medianLeadDays());
        assertEquals(2, totals.unrelatedAlerts());
        assertEquals(1000.0 * 2 / history.size(), totals.unrelatedPer1000(), 1e-9);
    }

    @Test
    void theBaselineAlertsOnceForARiseOfHazardWords() {
        List<BacktestComplaint> history = new ArrayList<>();
        LocalDate start = LocalDate.of(2014, 1, 1);
        for (int day = 0; day < 300; day += 30) {
            history.add(new BacktestComplaint(start.plusDays(day), "SUV", true));
        }
        for (int day = 300; day < 314; day += 2) {
            history.add(new BacktestComplaint(start.plusDays(day), "SUV", true));
        }
        List<BacktestAlert> alerts = new PoissonBaseline().replay(history);
        assertEquals(1, alerts.size(), () -> alerts.toString());
        assertEquals("SUV", alerts.get(0).product());
    }
}
