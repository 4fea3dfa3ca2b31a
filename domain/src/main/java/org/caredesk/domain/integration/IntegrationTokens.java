package org.caredesk.domain.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.audit.AuditLog;

/**
 * Supervisors create integration tokens (shown once: only a hash is stored) and revoke them; an
 * integration's request is let in when it presents a token that exists and is not revoked. Tokens are
 * 256 random bits, so a plain SHA-256 suffices (no salt or stretching: nothing to guess).
 */
@ApplicationScoped
@Transactional
public class IntegrationTokens {
    public static final String PREFIX = "cdi_";
    static final int MAX_NAME = 100;

    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    protected IntegrationTokens() {
        this(null, null, null);
    }

    @Inject
    public IntegrationTokens(EntityManager entityManager, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token and its plain value, to be shown once. */
    public record Created(TokenView token, String secret) {}

    public Created create(String name, String supervisor) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("name is longer than " + MAX_NAME + " characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        IntegrationToken token = new IntegrationToken(name.strip(), hash(secret), clock.instant(), supervisor);
        entityManager.persist(token);
        entityManager.flush();
        audit.record(supervisor, "integration.token.created", null, "token " + token.getId(), name.strip());
        return new Created(token.view(), secret);
    }

    public List<TokenView> all() {
        return entityManager
                .createQuery(
                        "SELECT t FROM IntegrationToken t ORDER BY t.createdAt DESC, t.id DESC", IntegrationToken.class)
                .getResultStream()
                .map(IntegrationToken::view)
                .toList();
    }

    /** Revokes the token at once; false when there is none with that id. */
    public boolean revoke(long id, String supervisor) {
        IntegrationToken token = entityManager.find(IntegrationToken.class, id);
        if (token == null) {
            return false;
        }
        token.revoke(clock.instant());
        audit.record(supervisor, "integration.token.revoked", null, "token " + id, null);
        return true;
    }

    /** The id of the live token {@code secret} is, noting its use; empty for an unknown or revoked one. */
    public Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(IntegrationToken.BY_HASH, IntegrationToken.class)
                .setParameter("hash", hash(secret))
                .getResultStream()
                .findFirst()
                .filter(t -> !t.isRevoked())
                .map(t -> {
                    t.used(clock.instant());
                    return t.getId();
                });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
