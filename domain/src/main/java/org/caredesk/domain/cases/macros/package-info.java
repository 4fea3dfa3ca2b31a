/**
 * Macros: a reply text with placeholders plus the status, priority, tags and assignee that go with it.
 * Supervisors write them ({@code Macros}); agents apply them to a case ({@code MacroApplication}).
 * They replaced the canned replies (migration V130).
 */
package org.caredesk.domain.cases.macros;
