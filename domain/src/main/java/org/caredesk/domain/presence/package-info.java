/** Who of the staff is online, away or offline, and what each handles: for chat routing and supervision. */
package org.caredesk.domain.presence;
