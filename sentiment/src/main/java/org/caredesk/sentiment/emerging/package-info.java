/**
 * Emerging issues without a taxonomy: {@link org.caredesk.sentiment.emerging.EmergingTermDetector}
 * counts the words and short phrases of negative contacts per product and day and names those that
 * become disproportionately frequent for one product, against its own history and against the
 * other products. Plain Java, no Jakarta types.
 */
package org.caredesk.sentiment.emerging;
