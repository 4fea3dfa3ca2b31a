/**
 * Transactional mails to consumers about their cases (acknowledgement, agent reply, resolution),
 * threaded and in the consumer's language, from templates supervisors may edit.
 */
package org.caredesk.domain.mail.notice;
