package org.caredesk.domain.user;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** A link sent by e-mail (verify an address, reset a password): one use, until it expires. Only its hash is kept. */
@Entity
@Table(name = "email_token")
@NamedQuery(name = EmailToken.BY_HASH, query = "SELECT t FROM EmailToken t WHERE t.tokenHash = :hash")
public class EmailToken {
    public static final String BY_HASH = "EmailToken.byHash";

    public enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailToken() {}

    public EmailToken(String tokenHash, Purpose purpose, UserAccount user, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token may be used now for {@code wanted}. */
    public boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public UserAccount getUser() {
        return user;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}
