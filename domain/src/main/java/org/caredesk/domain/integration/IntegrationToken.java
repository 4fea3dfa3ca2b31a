package org.caredesk.domain.integration;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** A token a supervisor created for an integration; only its SHA-256 hash is kept. */
@Entity
@Table(name = "integration_token")
@NamedQuery(name = IntegrationToken.BY_HASH, query = "SELECT t FROM IntegrationToken t WHERE t.tokenHash = :hash")
public class IntegrationToken {
    static final String BY_HASH = "IntegrationToken.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected IntegrationToken() {}

    IntegrationToken(String name, String tokenHash, Instant createdAt, String createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    TokenView view() {
        return new TokenView(id, name, createdAt, createdBy, lastUsedAt, revokedAt);
    }
}
