/** Limits on how often one caller may do something: anonymous case submissions, account mails. */
package org.caredesk.domain.ratelimit;
