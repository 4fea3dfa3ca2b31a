/**
 * Retrained sentiment models: a supervisor starts a retraining (bundled corpus plus agents'
 * corrections) that runs in the background with its progress stored, compares the new model's
 * cross-validated figures with the current one's, switches it on and can roll back. Model files
 * live under {@code <data>/models/sentiment/v<version>}; which version is on is in the database,
 * and every application loads it when the feed announces {@code sentiment.model.changed}.
 */
package org.caredesk.domain.sentimentmodel;
