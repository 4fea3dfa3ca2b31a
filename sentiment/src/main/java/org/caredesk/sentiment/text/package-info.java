/** Shared text plumbing: bundled model loading, sanitising, sentence and token splitting. */
package org.caredesk.sentiment.text;
