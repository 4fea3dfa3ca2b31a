/** Segments: target groups of customers chosen by criteria, counted and listed by one SQL query. */
package org.caredesk.domain.segment;
