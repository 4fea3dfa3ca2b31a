/**
 * The analytical reports (issue 17): volume, service, satisfaction, products, customers and self-service,
 * answered from daily roll-ups kept up to date as data arrives, with drill-down to the cases and customers
 * behind a figure (never those who withdrew analytics consent or were erased) and e-mailed schedules.
 */
package org.caredesk.domain.report;
