/**
 * Training the sentiment models from the hand-written corpus: at build time
 * ({@link org.caredesk.sentiment.training.SentimentModelTrainer}, measured by
 * {@link org.caredesk.sentiment.training.CrossValidationReport}) and while the application runs,
 * when a supervisor retrains from the corpus plus agents' corrections
 * ({@link org.caredesk.sentiment.training.ModelRetraining}). Tagging a message never calls it.
 */
package org.caredesk.sentiment.training;
