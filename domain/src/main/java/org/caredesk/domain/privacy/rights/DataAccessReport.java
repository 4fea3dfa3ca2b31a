package org.caredesk.domain.privacy.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caredesk.domain.audit.AuditEntry;
import org.caredesk.domain.user.UserAccount;

/** "Who looked at my data": the audit trail of staff access to one customer's record. */
@ApplicationScoped
public class DataAccessReport {
    private static final int MAX = 500;

    /** One access: who (the staff member's name as CareDesk knows it), what and when. */
    public record Access(Instant at, String who, String action, String subject, String detail) {}

    private final EntityManager entityManager;

    protected DataAccessReport() {
        this(null);
    }

    @Inject
    public DataAccessReport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Access> of(long customerId) {
        List<AuditEntry> entries = entityManager
                .createQuery("SELECT e FROM AuditEntry e WHERE e.customerId = :id ORDER BY e.at DESC", AuditEntry.class)
                .setParameter("id", customerId)
                .setMaxResults(MAX)
                .getResultList();
        Map<String, String> names = entries.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery("SELECT u FROM UserAccount u WHERE u.email IN :emails", UserAccount.class)
                        .setParameter(
                                "emails",
                                entries.stream()
                                        .map(AuditEntry::getActor)
                                        .distinct()
                                        .toList())
                        .getResultStream()
                        .collect(Collectors.toMap(UserAccount::getEmail, UserAccount::getDisplayName, (a, b) -> a));
        Function<String, String> who = actor -> names.getOrDefault(actor, actor);
        return entries.stream()
                .map(e -> new Access(e.getAt(), who.apply(e.getActor()), e.getAction(), e.getSubject(), e.getDetail()))
                .toList();
    }
}
