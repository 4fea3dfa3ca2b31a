/** Canned replies agents insert into their answers; edited by supervisors. */
package org.caredesk.domain.cases.canned;
