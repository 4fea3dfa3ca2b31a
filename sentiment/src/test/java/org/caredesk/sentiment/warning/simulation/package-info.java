/**
 * Measuring the early-warning detector: {@link org.caredesk.sentiment.warning.simulation.SpikeStreamGenerator}
 * writes a seeded synthetic stream of tagged contacts with planted spikes, and
 * {@link org.caredesk.sentiment.warning.simulation.DetectorBenchmark} replays it through the detector
 * and reports detection delay and false alerts, next to what the spikes really drew and the best any
 * detector could do with them ({@link org.caredesk.sentiment.warning.simulation.DetectionBound}).
 * Evaluation only; serving never calls it.
 */
package org.caredesk.sentiment.warning.simulation;
