package org.caredesk.domain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.caredesk.domain.user.UserAccount;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks sign-in credentials against the users table (PBKDF2 hashes) and gives the user's
 * security groups. Failed attempts feed the {@link LoginThrottle}.
 */
@ApplicationScoped
public class CareDeskIdentityStore implements IdentityStore {
    private final EntityManager entityManager;
    private final Pbkdf2PasswordHash passwordHash;
    private final LoginThrottle throttle;

    protected CareDeskIdentityStore() {
        this(null, null, null);
    }

    @Inject
    public CareDeskIdentityStore(EntityManager entityManager, Pbkdf2PasswordHash passwordHash, LoginThrottle throttle) {
        this.entityManager = entityManager;
        this.passwordHash = passwordHash;
        this.throttle = throttle;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = login.getCaller() == null ? "" : login.getCaller().trim().toLowerCase(Locale.ROOT);
        if (throttle.isLocked(email)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> user = entityManager.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email).getResultStream().findFirst()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getPasswordHash() != null);
        if (user.isPresent() && passwordHash.verify(login.getPassword().getValue(), user.get().getPasswordHash())) {
            throttle.succeeded(email);
            return new CredentialValidationResult(user.get().getEmail(), user.get().getRole().groups());
        }
        throttle.failed(email);
        return CredentialValidationResult.INVALID_RESULT;
    }
}
