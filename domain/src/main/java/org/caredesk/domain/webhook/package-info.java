/**
 * Webhooks: receivers a supervisor configured, a durable outbox of signed deliveries written in the
 * transaction of what fired them, and a background dispatcher that retries with backoff and keeps a log.
 */
package org.caredesk.domain.webhook;
