/**
 * Automation: rules a supervisor writes (when, if, then), run in order on each case by a follower of the
 * live feed and by the clock watchers, each firing written on the case's timeline, with loop protection.
 */
package org.caredesk.domain.automation;
