package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caredesk.domain.customer.PhoneNumbers;

/**
 * Screen pop for consumers without an account: the cases opened anonymously with this e-mail address or
 * phone number (any formatting), newest first, so a caller who wrote in before is recognised.
 */
@ApplicationScoped
public class AnonymousConsumers {
    /** Phone numbers are stored as typed: the newest anonymous cases with a phone are compared digit by digit. */
    private static final int PHONE_SCAN = 5_000;

    private static final int MAX_CASES = 50;

    private final EntityManager entityManager;

    protected AnonymousConsumers() {
        this(null);
    }

    @Inject
    public AnonymousConsumers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What an anonymous consumer gave, and their cases; empty when no anonymous case matches. */
    public record Match(ConsumerDetails details, List<CaseSummary> cases) {}

    @Transactional
    public java.util.Optional<Match> find(String email, String phone) {
        List<SupportCase> cases;
        if (email != null && !email.isBlank()) {
            cases = entityManager
                    .createQuery(
                            "SELECT c FROM SupportCase c WHERE c.customer IS NULL AND LOWER(c.contactEmail) = :email "
                                    + "ORDER BY c.createdAt DESC",
                            SupportCase.class)
                    .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                    .setMaxResults(MAX_CASES)
                    .getResultList();
        } else {
            String digits = PhoneNumbers.digits(phone);
            if (digits == null) {
                return java.util.Optional.empty();
            }
            cases = entityManager
                    .createQuery(
                            "SELECT c FROM SupportCase c WHERE c.customer IS NULL AND c.contactPhone IS NOT NULL "
                                    + "ORDER BY c.createdAt DESC",
                            SupportCase.class)
                    .setMaxResults(PHONE_SCAN)
                    .getResultStream()
                    .filter(c -> Objects.equals(
                            digits, PhoneNumbers.digits(c.getConsumerDetails().phone())))
                    .limit(MAX_CASES)
                    .toList();
        }
        if (cases.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Match(
                cases.get(0).getConsumerDetails(),
                cases.stream().map(CaseSummary::of).toList()));
    }
}
