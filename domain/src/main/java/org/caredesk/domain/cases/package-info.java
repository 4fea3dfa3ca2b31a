/** Consumer cases: opening them (CaseIntake), following them with a tracking code, and the queue. */
package org.caredesk.domain.cases;
