package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Issues and redeems the single-use links of registration and password reset. */
@ApplicationScoped
@Transactional
public class EmailTokens {
    private final SecureRandom random = new SecureRandom();
    private final EntityManager entityManager;
    private final Clock clock;

    protected EmailTokens() {
        this(null, null);
    }

    @Inject
    public EmailTokens(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A new token for {@code user}: 256 random bits, URL-safe; only its hash is stored. */
    public String issue(UserAccount user, EmailToken.Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        entityManager.persist(new EmailToken(hash(token), purpose, user, now, now.plus(validFor)));
        return token;
    }

    /** The user behind a token that is valid for {@code purpose}, using it up; empty otherwise. */
    public Optional<UserAccount> redeem(String token, EmailToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<EmailToken> found = entityManager
                .createNamedQuery(EmailToken.BY_HASH, EmailToken.class)
                .setParameter("hash", hash(token.trim()))
                .getResultStream()
                .findFirst()
                .filter(t -> t.usableFor(purpose, now));
        found.ifPresent(t -> t.use(now));
        return found.map(EmailToken::getUser);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
