package org.caredesk.domain.user;

import org.caredesk.domain.customer.Customer;

/**
 * Cases a person sent without an account, which join the account once its owner has proved the
 * address. Declared here and implemented by {@code cases} so that accounts need not know cases:
 * cases depend on accounts (assignees, owners), never the other way round.
 */
public interface EarlierCases {

    /** Joins the anonymous cases sent from the customer's address to the customer; returns how many joined. */
    int joinTo(Customer customer);
}
