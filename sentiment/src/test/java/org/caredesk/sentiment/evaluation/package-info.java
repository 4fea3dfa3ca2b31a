/**
 * Measuring the English sentiment model on public labelled data it was never trained on
 * ({@link org.caredesk.sentiment.evaluation.PublicDataBenchmark}), next to a plain word-list
 * baseline ({@link org.caredesk.sentiment.evaluation.WordListBaseline}). Serving never calls this
 * package; it reads no data of others unless given a folder at run time.
 */
package org.caredesk.sentiment.evaluation;
