/** Phone calls: an agent's notes of a call become a phone contact on the caller's history. */
package org.caredesk.domain.calls;
