/**
 * Training the sentiment models: reading the hand-written corpus, training
 * ({@link org.caredesk.sentiment.training.SentimentModelTrainer}) and measuring them
 * ({@link org.caredesk.sentiment.training.CrossValidationReport}). The build uses it to produce the
 * bundled models; at run time the console's retraining ({@link org.caredesk.sentiment.training.ModelRetraining},
 * called by {@code domain}'s {@code sentimentmodel} package) uses it to train on the corpus plus agents'
 * corrections. Analysing a message never calls it.
 */
package org.caredesk.sentiment.training;
