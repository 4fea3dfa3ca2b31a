/**
 * Mail threading: the Message-IDs of every case's mails in and out, the case token in subjects
 * ({@code [CD-123456]}) and who may write into a case's thread by mail.
 */
package org.caredesk.domain.mail.thread;
