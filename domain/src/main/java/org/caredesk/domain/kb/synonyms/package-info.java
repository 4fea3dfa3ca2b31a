/**
 * The search synonyms a supervisor edits: stored in the database, announced on the feed, and
 * applied by every application's index without a restart.
 */
package org.caredesk.domain.kb.synonyms;
