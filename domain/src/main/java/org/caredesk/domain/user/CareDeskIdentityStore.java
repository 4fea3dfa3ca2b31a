package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.caredesk.domain.security.PasswordHashing;
import org.caredesk.domain.security.PasswordUpgrades;

/**
 * Checks sign-in credentials against the users table ({@link PasswordHashing}) and gives the user's
 * security groups. A password stored with a weaker hash than today's is re-hashed on the way in.
 * Throttling is the {@link CareDeskAuthenticationMechanism}'s, which knows the client's address.
 */
@ApplicationScoped
public class CareDeskIdentityStore implements IdentityStore {
    private static final Logger LOG = Logger.getLogger(CareDeskIdentityStore.class.getName());

    private final EntityManager entityManager;
    private final PasswordHashing passwordHash;
    private final PasswordUpgrades upgrades;

    protected CareDeskIdentityStore() {
        this(null, null, null);
    }

    @Inject
    public CareDeskIdentityStore(EntityManager entityManager, PasswordHashing passwordHash, PasswordUpgrades upgrades) {
        this.entityManager = entityManager;
        this.passwordHash = passwordHash;
        this.upgrades = upgrades;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = login.getCaller() == null ? "" : login.getCaller().trim().toLowerCase(Locale.ROOT);
        Optional<UserAccount> user = entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getPasswordHash() != null);
        char[] password = login.getPassword().getValue();
        if (user.isPresent() && passwordHash.verify(password, user.get().getPasswordHash())) {
            String stored = user.get().getPasswordHash();
            if (passwordHash.needsRehash(stored)) {
                try {
                    upgrades.replace(user.get().getId(), stored, passwordHash.hash(password));
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Could not store a stronger password hash now, will at the next sign-in: " + e);
                }
            }
            return new CredentialValidationResult(
                    user.get().getEmail(), user.get().getRole().groups());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
