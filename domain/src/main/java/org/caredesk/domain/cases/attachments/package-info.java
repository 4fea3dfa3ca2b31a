/**
 * Photos and PDFs consumers attach to their cases: the type is read from the content (never
 * from the name or the browser's claim), the size is limited, and only the case's owner and
 * staff can fetch them.
 */
package org.caredesk.domain.cases.attachments;
