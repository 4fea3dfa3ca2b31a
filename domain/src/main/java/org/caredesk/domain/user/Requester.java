package org.caredesk.domain.user;

import java.util.Optional;

/**
 * Who asks for something on the consumer side: a signed-in customer, or an anonymous consumer known
 * only by the address the request came from.
 *
 * @param customerId the signed-in customer's id; null for an anonymous consumer
 * @param address    the client address of the request
 */
public record Requester(Long customerId, String address) {

    public Optional<Long> customer() {
        return Optional.ofNullable(customerId);
    }

    public boolean anonymous() {
        return customerId == null;
    }

    /** "The same client" for idempotency: the customer when signed in, else the address. */
    public String clientKey() {
        return customerId != null ? "customer:" + customerId : "address:" + address;
    }
}
