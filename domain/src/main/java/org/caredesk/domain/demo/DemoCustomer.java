package org.caredesk.domain.demo;

import java.util.List;
import java.util.Objects;

/**
 * A registered demo customer.
 *
 * @param ref              stable id: {@code "alice"}, {@code "bob"} or {@code "C0001"}...
 * @param phone            as the customer typed it, e.g. {@code "+39 02 1234 5678"}, {@code "07700 900123"}
 * @param language         {@code en} or {@code it}
 * @param analyticsConsent whether the customer consented to analytics on their data
 */
public record DemoCustomer(
        String ref,
        String firstName,
        String lastName,
        String email,
        String phone,
        String language,
        boolean analyticsConsent,
        List<DemoAccount> accounts,
        List<DemoOwnedProduct> products) {
    public DemoCustomer {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
        accounts = List.copyOf(accounts);
        products = List.copyOf(products);
    }
}
