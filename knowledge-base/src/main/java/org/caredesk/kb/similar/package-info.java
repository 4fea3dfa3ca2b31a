/** Similar cases: a small in-memory Lucene index of case texts queried with MoreLikeThis. */
package org.caredesk.kb.similar;
