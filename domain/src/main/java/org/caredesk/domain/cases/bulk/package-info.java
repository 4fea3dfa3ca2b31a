/**
 * Bulk actions: one {@link org.caredesk.domain.cases.bulk.BulkAction} applied to many cases, each case in
 * a transaction of its own with its own version check and feed event, the outcome of each reported.
 * Other kinds of work (applying a macro, merging) plug in by implementing {@code BulkAction}.
 */
package org.caredesk.domain.cases.bulk;
