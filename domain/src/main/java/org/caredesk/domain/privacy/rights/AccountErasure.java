package org.caredesk.domain.privacy.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.user.UserAccount;

/**
 * "Erase my account", at once and in one transaction: the person's name, e-mail, phone, message
 * texts, attachments and open links are removed; the customer record, cases and contacts stay as
 * anonymous records with their tags, so complaint counts and sentiment figures stay right. The
 * login is disabled and its address replaced, so nobody can sign in with it again.
 */
@ApplicationScoped
@Transactional
public class AccountErasure {
    static final String ERASED_TEXT = "[erased]";

    private final EntityManager entityManager;
    private final AuditLog auditLog;

    protected AccountErasure() {
        this(null, null);
    }

    @Inject
    public AccountErasure(EntityManager entityManager, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
    }

    /** Erases the customer behind {@code login}; false when there is no such customer. */
    public boolean erase(String login) {
        UserAccount user = entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (user == null || user.getCustomer() == null || user.getCustomer().isErased()) {
            return false;
        }
        Customer customer = user.getCustomer();
        entityManager
                .createQuery("DELETE FROM EmailToken t WHERE t.user = :u")
                .setParameter("u", user)
                .executeUpdate();
        entityManager
                .createQuery("DELETE FROM Attachment a WHERE a.supportCase IN "
                        + "(SELECT c FROM SupportCase c WHERE c.customer = :c)")
                .setParameter("c", customer)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "UPDATE contact_hazard SET evidence = NULL WHERE contact_id IN (SELECT k.id FROM contact k "
                                + "WHERE k.customer_id = ?1 OR k.case_id IN (SELECT s.id FROM support_case s WHERE s.customer_id = ?1))")
                .setParameter(1, customer.getId())
                .executeUpdate();
        entityManager
                .createQuery(
                        "UPDATE Contact k SET k.body = :erased, k.senderEmail = NULL, k.sentimentEvidence = NULL "
                                + "WHERE k.customer = :c OR k.supportCase IN (SELECT s FROM SupportCase s WHERE s.customer = :c)")
                .setParameter("erased", ERASED_TEXT)
                .setParameter("c", customer)
                .executeUpdate();
        entityManager
                .createQuery("SELECT c FROM SupportCase c WHERE c.customer = :c", SupportCase.class)
                .setParameter("c", customer)
                .getResultStream()
                .forEach(SupportCase::anonymise);
        customer.erase();
        user.erase();
        auditLog.record(
                "customer:" + customer.getId(),
                "customer.erased",
                customer.getId(),
                "customer " + customer.getId(),
                "erased at the customer's request");
        return true;
    }
}
