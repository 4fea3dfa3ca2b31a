package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.customer.Customer;

/** A signed-in customer changes their own profile or password. */
@ApplicationScoped
@Transactional
public class AccountSettings {
    /** The editable part of a profile. */
    public record ProfileChange(String firstName, String lastName, String phone, String language) {}

    public enum PasswordOutcome {
        CHANGED,
        WRONG_CURRENT,
        TOO_WEAK
    }

    private final EntityManager entityManager;
    private final Passwords passwords;

    protected AccountSettings() {
        this(null, null);
    }

    @Inject
    public AccountSettings(EntityManager entityManager, Passwords passwords) {
        this.entityManager = entityManager;
        this.passwords = passwords;
    }

    public Optional<ProfileChange> profile(String login) {
        return user(login)
                .map(UserAccount::getCustomer)
                .filter(c -> !c.isErased())
                .map(c -> new ProfileChange(c.getFirstName(), c.getLastName(), c.getPhone(), c.getLanguage()));
    }

    public boolean changeProfile(String login, ProfileChange change) {
        Optional<UserAccount> user = user(login)
                .filter(u -> u.getCustomer() != null && !u.getCustomer().isErased());
        if (user.isEmpty()) {
            return false;
        }
        Customer customer = user.get().getCustomer();
        String language = "it".equals(change.language()) ? "it" : "en";
        customer.changeProfile(trim(change.firstName()), trim(change.lastName()), trim(change.phone()), language);
        user.get().rename(customer.getDisplayName().isBlank() ? user.get().getEmail() : customer.getDisplayName());
        return true;
    }

    public PasswordOutcome changePassword(String login, String current, String replacement) {
        Optional<UserAccount> user = user(login);
        if (user.isEmpty() || !passwords.matches(current, user.get().getPasswordHash())) {
            return PasswordOutcome.WRONG_CURRENT;
        }
        if (!Passwords.acceptable(replacement)) {
            return PasswordOutcome.TOO_WEAK;
        }
        user.get().changePassword(passwords.hash(replacement));
        return PasswordOutcome.CHANGED;
    }

    private Optional<UserAccount> user(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
