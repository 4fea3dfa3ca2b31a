package org.caredesk.domain.user;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Locale;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.platform.Ids;

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

    /** When the owner followed the verification link; null: not verified, cannot sign in yet. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    /** Moves on whenever existing sessions must end (see SessionEpochs); a session of an older epoch is over. */
    @Column(name = "session_epoch")
    private int sessionEpoch;

    /** The staff member's phone extension, as the PBX names who picked up a call; null when none. */
    @Column(name = "phone_extension")
    private String phoneExtension;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String email, String passwordHash, Role role, String displayName, Customer customer, Instant createdAt) {
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.customer = customer;
        this.enabled = true;
        this.createdAt = createdAt;
        this.emailVerifiedAt = createdAt;
    }

    /** A self-registered customer: disabled until the e-mail is verified. */
    public static UserAccount unverifiedCustomer(
            String email, String passwordHash, String displayName, Customer customer, Instant createdAt) {
        UserAccount user = new UserAccount(email, passwordHash, Role.CUSTOMER, displayName, customer, createdAt);
        user.enabled = false;
        user.emailVerifiedAt = null;
        return user;
    }

    public void verifyEmail(Instant at) {
        this.emailVerifiedAt = at;
        this.enabled = true;
    }

    /** A new password ends every session signed in with the old one. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.sessionEpoch++;
    }

    /** What someone may do changes: their sessions start again with the new role. */
    public void changeRole(Role role) {
        if (this.role != role) {
            this.role = role;
            this.sessionEpoch++;
        }
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** Before verification a registration may be repeated: the newest password and name count. */
    public void replaceRegistration(String passwordHash, String displayName) {
        this.passwordHash = passwordHash;
        this.displayName = displayName;
    }

    /** The login is gone for good: no password, disabled, and an address that can never receive mail. */
    public void erase() {
        this.email = "erased-" + id + "@erased.invalid";
        this.passwordHash = null;
        this.displayName = "(erased)";
        this.enabled = false;
        this.sessionEpoch++;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    /** Sets or (null or blank) clears the phone extension. */
    public void changeExtension(String extension) {
        this.phoneExtension = extension == null || extension.isBlank() ? null : extension.trim();
    }

    public String getPhoneExtension() {
        return phoneExtension;
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
