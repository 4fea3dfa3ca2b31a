/**
 * Teams of staff (members, a lead) and the working hours and holidays that the SLA clocks of their
 * cases follow.
 */
package org.caredesk.domain.team;
