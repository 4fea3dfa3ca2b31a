/** Service-level targets per channel and priority, and the timers they give a case. */
package org.caredesk.domain.cases.sla;
