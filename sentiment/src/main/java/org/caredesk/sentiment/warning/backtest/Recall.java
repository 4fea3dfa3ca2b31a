package org.caredesk.sentiment.warning.backtest;

import java.time.LocalDate;

/** One recall campaign of one product, with the day it was reported. */
public record Recall(String campaign, String product, LocalDate reported, String component) {}
