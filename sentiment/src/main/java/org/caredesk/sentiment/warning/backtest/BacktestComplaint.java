package org.caredesk.sentiment.warning.backtest;

import java.time.LocalDate;

/** One complaint of a backtest's history: its day, product and whether it holds a hazard word. */
public record BacktestComplaint(LocalDate day, String product, boolean hazardWord) {}
