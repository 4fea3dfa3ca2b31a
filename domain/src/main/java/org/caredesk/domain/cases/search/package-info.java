/**
 * Case search: this application's Lucene index of cases (the library's {@code kb.casesearch.CaseIndex}),
 * opened at start-up, rebuilt when missing or stale, kept current from the feed; the criteria a search or
 * a view is made of; similar cases on the same index.
 */
package org.caredesk.domain.cases.search;
