/**
 * Views of the queue: the built-in ones and the ones staff save from a search. Each view is a
 * {@code search.CaseCriteria} with a sort; its pages are ordered and cut in SQL with keyset paging on
 * indexed columns, so a page costs the same at a hundred or a hundred thousand open cases.
 */
package org.caredesk.domain.cases.views;
