package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.caredesk.domain.ratelimit.SubmissionRateLimiter;

/**
 * The one place that decides who a consumer-side request comes from and whether an anonymous one
 * may go ahead: every boundary that opens a case or a chat asks here, so the rule "a signed-in
 * customer is never held; an anonymous address gets CAREDESK_ANON_LIMIT a minute" is written once.
 */
@ApplicationScoped
public class Requesters {
    private final CustomerDirectory customers;
    private final SubmissionRateLimiter anonymousLimit;

    protected Requesters() {
        this(null, null);
    }

    @Inject
    public Requesters(CustomerDirectory customers, SubmissionRateLimiter anonymousLimit) {
        this.customers = customers;
        this.anonymousLimit = anonymousLimit;
    }

    /**
     * @param login           the signed-in login, or null
     * @param asCustomer      whether that login acts in the customer role (staff on the portal count as anonymous)
     * @param address         the request's client address
     */
    public Requester identify(String login, boolean asCustomer, String address) {
        Long customerId =
                login != null && asCustomer ? customers.customerIdOf(login).orElse(null) : null;
        return new Requester(customerId, address);
    }

    /**
     * Counts one submission of an anonymous requester. Empty when it may go ahead (always for a
     * signed-in customer); otherwise the seconds after which it may try again.
     */
    public OptionalLong admit(Requester requester) {
        return requester.anonymous() ? anonymousLimit.acquire(requester.address()) : OptionalLong.empty();
    }
}
