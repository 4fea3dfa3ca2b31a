package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import org.caredesk.domain.mail.Mailer;

/**
 * "Forgotten password": a single-use link valid for an hour, mailed to the address. The answer
 * is the same whether or not the address has an account, so nobody learns who is a customer.
 */
@ApplicationScoped
@Transactional
public class PasswordReset {
    public static final Duration VALID_FOR = Duration.ofHours(1);

    public enum Outcome {
        CHANGED,
        INVALID_LINK,
        TOO_WEAK
    }

    private final EntityManager entityManager;
    private final EmailTokens tokens;
    private final Passwords passwords;
    private final Mailer mailer;

    protected PasswordReset() {
        this(null, null, null, null);
    }

    @Inject
    public PasswordReset(EntityManager entityManager, EmailTokens tokens, Passwords passwords, Mailer mailer) {
        this.entityManager = entityManager;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mailer = mailer;
    }

    /** Mails a reset link when {@code email} belongs to an enabled customer login. */
    public void request(String email, String language, String linkBase) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        String address = email.trim().toLowerCase(Locale.ROOT);
        entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getRole() == Role.CUSTOMER)
                .ifPresent(user -> mailer.send(MailTexts.reset(
                        address,
                        language,
                        linkBase + tokens.issue(user, EmailToken.Purpose.RESET_PASSWORD, VALID_FOR))));
    }

    /** Sets a new password with a valid link; the link is then used up. */
    public Outcome reset(String token, String newPassword) {
        if (!Passwords.acceptable(newPassword)) {
            return Outcome.TOO_WEAK;
        }
        return tokens.redeem(token, EmailToken.Purpose.RESET_PASSWORD)
                .filter(UserAccount::isEnabled)
                .map(user -> {
                    user.changePassword(passwords.hash(newPassword));
                    return Outcome.CHANGED;
                })
                .orElse(Outcome.INVALID_LINK);
    }
}
