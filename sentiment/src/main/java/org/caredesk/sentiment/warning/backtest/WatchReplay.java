package org.caredesk.sentiment.warning.backtest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.SafetySignal;
import org.caredesk.sentiment.watch.SafetyWatch;

/** Replays a tagged history through a fresh {@link SafetyWatch} and lists the alerts it starts. */
public final class WatchReplay {

    /**
     * @param contacts in {@code receivedAt} order
     * @param progress told how many contacts have been replayed, every 1,000
     */
    public List<BacktestAlert> replay(SafetyWatch watch, List<ObservedContact> contacts, IntConsumer progress) {
        List<BacktestAlert> alerts = new ArrayList<>();
        int done = 0;
        for (ObservedContact contact : contacts) {
            for (SafetySignal signal : watch.accept(contact)) {
                if (signal.isNew()) {
                    alerts.add(new BacktestAlert(
                            LocalDate.ofInstant(signal.raisedAt(), ZoneOffset.UTC),
                            signal.productCode(),
                            signal.topic(),
                            signal.why()));
                }
            }
            if (++done % 1000 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(done);
        return alerts;
    }
}
