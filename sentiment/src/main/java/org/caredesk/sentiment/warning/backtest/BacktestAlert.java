package org.caredesk.sentiment.warning.backtest;

import java.time.LocalDate;

/** An alert a replay raised: the day, the product, what rose and the one-sentence why. */
public record BacktestAlert(LocalDate day, String product, String topic, String why) {}
