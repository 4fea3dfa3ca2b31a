package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;

/**
 * Self-registration of customers. The account stays disabled until its owner opens the link
 * mailed to the address; then anonymous cases sent earlier from that address join the account.
 * The answer to "register" never tells whether the address already has an account: that news
 * goes to the address itself.
 */
@ApplicationScoped
@Transactional
public class Registration {
    public static final Duration VERIFY_FOR = Duration.ofHours(24);

    /** What a person fills in to register. */
    public record Request(String firstName, String lastName, String email, String password, String language) {}

    /** A verified registration: the login, and how many earlier cases joined the account. */
    public record Verified(String email, int casesJoined) {}

    private final EntityManager entityManager;
    private final Passwords passwords;
    private final EmailTokens tokens;
    private final Mailer mailer;
    private final Clock clock;
    private final EarlierCases earlierCases;

    protected Registration() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public Registration(
            EntityManager entityManager,
            Passwords passwords,
            EmailTokens tokens,
            Mailer mailer,
            Clock clock,
            EarlierCases earlierCases) {
        this.entityManager = entityManager;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mailer = mailer;
        this.clock = clock;
        this.earlierCases = earlierCases;
    }

    /**
     * Registers (or re-registers, while unverified) and mails the verification link, built by
     * {@code linkBase} + the token. False only when the input is not acceptable.
     */
    public boolean register(Request request, String linkBase) {
        String email = request.email() == null ? "" : request.email().trim().toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                || email.length() > 254
                || !Passwords.acceptable(request.password())
                || isBlank(request.firstName())
                || request.firstName().length() > 100
                || (request.lastName() != null && request.lastName().length() > 100)) {
            return false;
        }
        String language = "it".equals(request.language()) ? "it" : "en";
        String name = (request.firstName().trim() + " "
                        + (request.lastName() == null ? "" : request.lastName().trim()))
                .trim();
        Optional<UserAccount> existing = user(email);
        if (existing.isPresent() && existing.get().getEmailVerifiedAt() != null) {
            mailer.send(MailTexts.alreadyRegistered(email, language));
            return true;
        }
        Instant now = clock.instant();
        UserAccount user;
        if (existing.isPresent()) {
            user = existing.get();
            user.replaceRegistration(passwords.hash(request.password()), name);
        } else {
            // A customer the company already knows (from a purchase, say) gets the login; the link
            // proves the address, and until it is followed the login opens nothing.
            Customer customer = entityManager
                    .createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class)
                    .setParameter("email", email)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (customer == null) {
                customer = new Customer(
                        request.firstName().trim(), blankToNull(request.lastName()), email, null, language, now);
                entityManager.persist(customer);
                ConsentCentre.record(
                        entityManager, customer, ConsentPurpose.CONTACT_BY_EMAIL, true, now, "registration");
                ConsentCentre.record(
                        entityManager, customer, ConsentPurpose.CONTACT_BY_SMS, false, now, "registration");
                ConsentCentre.record(entityManager, customer, ConsentPurpose.ANALYTICS, false, now, "registration");
                ConsentCentre.record(entityManager, customer, ConsentPurpose.MARKETING, false, now, "registration");
            }
            user = UserAccount.unverifiedCustomer(email, passwords.hash(request.password()), name, customer, now);
            entityManager.persist(user);
        }
        String token = tokens.issue(user, EmailToken.Purpose.VERIFY_EMAIL, VERIFY_FOR);
        mailer.send(MailTexts.verify(email, language, linkBase + token));
        return true;
    }

    /** Verifies the address behind {@code token}; empty when the link is unknown, used or expired. */
    public Optional<Verified> verify(String token) {
        return tokens.redeem(token, EmailToken.Purpose.VERIFY_EMAIL).map(user -> {
            user.verifyEmail(clock.instant());
            return new Verified(user.getEmail(), earlierCases.joinTo(user.getCustomer()));
        });
    }

    private Optional<UserAccount> user(String email) {
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
