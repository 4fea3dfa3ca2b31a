package org.caredesk.domain.alert;

import java.time.Instant;
import java.util.List;
import org.caredesk.sentiment.warning.backtest.BacktestAlert;

/**
 * Where a backtest run is ({@link AlertBacktest}).
 *
 * @param startedBy the supervisor who started it
 * @param percent   0–100
 * @param contacts  the contacts replayed, once done
 * @param alerts    the alerts the watch would have raised, oldest first, once done
 */
public record BacktestStatus(
        String startedBy, Instant startedAt, State state, int percent, int contacts, List<BacktestAlert> alerts) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }
}
