package org.caredesk.domain.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/** Staff members' phone extensions, by which a PBX names the agent who picks up; set by supervisors. */
@ApplicationScoped
@Transactional
public class StaffExtensions {
    private final EntityManager entityManager;
    private final AuditLog audit;

    protected StaffExtensions() {
        this(null, null);
    }

    @Inject
    public StaffExtensions(EntityManager entityManager, AuditLog audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** A staff member and their extension (null: none). */
    public record Extension(String login, String name, String extension) {}

    public List<Extension> all() {
        return entityManager
                .createQuery(
                        "SELECT u FROM UserAccount u WHERE u.role <> :customer AND u.enabled = true ORDER BY u.displayName",
                        UserAccount.class)
                .setParameter("customer", Role.CUSTOMER)
                .getResultStream()
                .map(u -> new Extension(u.getEmail(), u.getDisplayName(), u.getPhoneExtension()))
                .toList();
    }

    /** Gives {@code login} the extension (blank: none); refused when another staff member has it. */
    public void set(String login, String extension, String supervisor) {
        String wanted = extension == null || extension.isBlank() ? null : extension.trim();
        if (wanted != null && !wanted.matches("[0-9*#]{1,20}")) {
            throw new IllegalArgumentException("An extension is up to 20 digits");
        }
        UserAccount staff = entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .filter(u -> u.getRole() != Role.CUSTOMER)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No staff member " + login));
        if (wanted != null) {
            boolean taken = entityManager
                    .createQuery(
                            "SELECT u FROM UserAccount u WHERE u.phoneExtension = :e AND u.id <> :id",
                            UserAccount.class)
                    .setParameter("e", wanted)
                    .setParameter("id", staff.getId())
                    .getResultStream()
                    .findAny()
                    .isPresent();
            if (taken) {
                throw new IllegalArgumentException("Extension " + wanted + " belongs to someone else");
            }
        }
        staff.changeExtension(wanted);
        audit.record(supervisor, "staff.extension", null, "staff " + staff.getEmail(), wanted);
    }
}
