/**
 * Early warnings of product issues: {@link org.caredesk.sentiment.warning.EarlyWarningDetector}
 * counts negative, hazard-tagged contacts per product, hazard category and day (one per consumer)
 * and raises a {@link org.caredesk.sentiment.warning.WarningSignal} when a recent window holds
 * significantly more than the product's own trailing baseline makes expected. Plain Java, no
 * Jakarta types; storage, events and the supervisor's decisions belong to {@code domain}.
 */
package org.caredesk.sentiment.warning;
