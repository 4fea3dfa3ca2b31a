package org.caredesk.domain.automation;

import jakarta.enterprise.context.ApplicationScoped;
import org.caredesk.domain.customer.Customer;

/**
 * The hook for a rule's "customer segment" condition. CareDesk keeps no segments yet, so every customer
 * is in none and a rule that asks for a segment never fires; a segment model replaces this one method.
 */
@ApplicationScoped
public class CustomerSegments {
    public String of(Customer customer) {
        return null;
    }
}
