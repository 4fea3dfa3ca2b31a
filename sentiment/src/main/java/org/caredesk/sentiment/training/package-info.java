/**
 * Build-time only: reading the hand-written corpus, training the sentiment models
 * ({@link org.caredesk.sentiment.training.SentimentModelTrainer}) and measuring them
 * ({@link org.caredesk.sentiment.training.CrossValidationReport}). Serving never calls this package.
 */
package org.caredesk.sentiment.training;
