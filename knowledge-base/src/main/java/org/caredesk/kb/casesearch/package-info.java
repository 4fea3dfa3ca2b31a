/**
 * Case search: a Lucene index of support cases on disk (number, people, product, tags, every message and
 * note), searched with the help search's typo tolerance and filtered by the case's properties; and the
 * similar-case finder (MoreLikeThis) on the same index. Plain Java: the domain feeds it and keeps it current.
 */
package org.caredesk.kb.casesearch;
