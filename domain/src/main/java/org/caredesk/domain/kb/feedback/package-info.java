/**
 * What consumers make of help articles: "Was this helpful?" votes with comments, and the case
 * form's deflection (articles suggested while typing, opened, and whether a case followed).
 */
package org.caredesk.domain.kb.feedback;
