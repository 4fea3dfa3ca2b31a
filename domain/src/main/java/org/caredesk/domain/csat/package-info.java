/** Customer satisfaction (CSAT): the consumers' ratings of their cases, summed up for supervisors. */
package org.caredesk.domain.csat;
