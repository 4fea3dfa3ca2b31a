/**
 * The CareDesk text pipeline: what a consumer's message says about language, mood, safety and
 * products. {@link org.caredesk.sentiment.TextPipeline} is the entry point; the records here are
 * its whole public vocabulary. Feature packages hold the parts: {@code language}, {@code text},
 * {@code polarity}, {@code hazard}, {@code product}, and {@code training} (the build and retraining).
 */
package org.caredesk.sentiment;
