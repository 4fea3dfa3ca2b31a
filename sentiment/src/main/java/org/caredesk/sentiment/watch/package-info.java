/**
 * The early-warning watch production runs: {@link org.caredesk.sentiment.watch.SafetyWatch} feeds
 * each tagged contact to the burst and slow-rise tests ({@code warning}) and the emerging-term test
 * ({@code emerging}) and returns new and grown signals. Plain Java, no Jakarta types.
 */
package org.caredesk.sentiment.watch;
