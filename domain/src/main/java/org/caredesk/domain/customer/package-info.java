/** Customers, their accounts and bills, and the products they own. */
package org.caredesk.domain.customer;
