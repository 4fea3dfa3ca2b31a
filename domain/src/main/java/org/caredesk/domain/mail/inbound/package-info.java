/**
 * Incoming e-mail: the mailbox read over IMAP, each mail parsed (any charset, encoding and MIME
 * shape, or quarantined with the reason), recognised as automatic or not, and landed once as a
 * contact of channel {@code email} on a new case or on the case it answers.
 */
package org.caredesk.domain.mail.inbound;
