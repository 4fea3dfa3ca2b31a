/**
 * Outgoing e-mail: every mail is first written to the durable outbox in the caller's transaction,
 * then handed to the SMTP server configured by {@code CAREDESK_SMTP_*} once that transaction has
 * committed. In demo mode without an SMTP server the mails stay in the outbox, where staff can read them.
 */
package org.caredesk.domain.mail;
