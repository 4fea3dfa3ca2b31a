package org.caredesk.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supervisors' backtest over their own stored history, without a database or a server. */
class AlertBacktestTest {

    private final StoredWarningInputs stored = new StoredWarningInputs();
    private final List<Runnable> queued = new ArrayList<>();
    private final AlertBacktest backtest = new AlertBacktest(stored, queued::add);

    @Test
    void listsTheAlertsTheHistoryWouldHaveRaisedAndWhen() {
        // One fire complaint a fortnight for a year, then twelve in one week; another product stays quiet.
        LocalDate day = LocalDate.of(2014, 1, 1);
        for (int i = 0; i < 26; i++, day = day.plusDays(14)) {
            stored.add(day, "P-RISING", true);
            stored.add(day, "P-QUIET", true);
        }
        LocalDate rise = day;
        for (int i = 0; i < 12; i++) {
            stored.add(rise.plusDays(i % 7), "P-RISING", true);
        }

        BacktestStatus started = backtest.start("supervisor@example.com");
        assertEquals(BacktestStatus.State.RUNNING, started.state());
        assertEquals(0, started.percent());
        assertThrows(IllegalStateException.class, () -> backtest.start("supervisor@example.com"));

        queued.forEach(Runnable::run);
        BacktestStatus done = backtest.latest().orElseThrow();
        assertEquals(BacktestStatus.State.DONE, done.state());
        assertEquals(100, done.percent());
        assertEquals(64, done.contacts());
        assertTrue(!done.alerts().isEmpty(), "no alert for the rise");
        assertTrue(
                done.alerts().stream()
                        .allMatch(a -> a.product().equals("P-RISING")
                                && !a.day().isBefore(rise)
                                && !a.why().isBlank()),
                () -> done.alerts().toString());
    }

    @Test
    void anEmptyHistoryEndsWithNoAlerts() {
        backtest.start("supervisor@example.com");
        queued.forEach(Runnable::run);
        BacktestStatus done = backtest.latest().orElseThrow();
        assertEquals(BacktestStatus.State.DONE, done.state());
        assertEquals(0, done.contacts());
        assertEquals(List.of(), done.alerts());
    }
}
