/**
 * The recall backtest: replays a complaint history through the early-warning watch and scores its
 * alerts against the recalls that followed (detectable, warned, lead, unrelated alerts per 1,000
 * complaints), beside a plain Poisson baseline. Plain Java; the console runs it on an organisation's
 * own history and {@code recall-benchmark} on public data.
 */
package org.caredesk.sentiment.warning.backtest;
