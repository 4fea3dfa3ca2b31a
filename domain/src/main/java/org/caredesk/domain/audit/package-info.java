/** The audit log: who looked at or changed whose data, and when. */
package org.caredesk.domain.audit;
