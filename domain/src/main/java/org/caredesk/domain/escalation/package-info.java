/**
 * What happens as time passes: SLA warnings before a breach, escalation to the team lead on a breach (mail
 * and console notice), and the "time since last update" rules; plus the console notices staff read.
 */
package org.caredesk.domain.escalation;
