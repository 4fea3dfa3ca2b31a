package org.caredesk.domain.user;

import jakarta.persistence.*;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.platform.Ids;

import java.time.Instant;
import java.util.Locale;

/** A person who can sign in: a customer (linked to its Customer record) or staff. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "SELECT u FROM UserAccount u WHERE u.email = :email")
public class UserAccount {
    public static final String BY_EMAIL = "UserAccount.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String email;

    /** PBKDF2 hash in Jakarta Security's Pbkdf2PasswordHash format; null: cannot sign in. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "display_name")
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String passwordHash, Role role, String displayName, Customer customer, Instant createdAt) {
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.customer = customer;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Customer getCustomer() {
        return customer;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
