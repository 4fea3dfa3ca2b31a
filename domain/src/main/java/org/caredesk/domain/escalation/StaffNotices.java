package org.caredesk.domain.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Console notices: each staff member reads only their own and marks them read. */
@ApplicationScoped
@Transactional
public class StaffNotices {
    private final EntityManager entityManager;
    private final Clock clock;

    protected StaffNotices() {
        this(null, null);
    }

    @Inject
    public StaffNotices(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public void post(String recipient, String kind, String caseNumber, String detail) {
        entityManager.persist(new StaffNotice(recipient, kind, caseNumber, detail, clock.instant()));
    }

    /** The newest notices of {@code login}, unread first. */
    public List<StaffNoticeView> of(String login, int max) {
        return entityManager
                .createQuery(
                        "SELECT n FROM StaffNotice n WHERE n.recipient = :login"
                                + " ORDER BY CASE WHEN n.readAt IS NULL THEN 0 ELSE 1 END, n.createdAt DESC",
                        StaffNotice.class)
                .setParameter("login", login)
                .setMaxResults(max)
                .getResultStream()
                .map(StaffNotice::view)
                .toList();
    }

    public long unread(String login) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(n) FROM StaffNotice n WHERE n.recipient = :login AND n.readAt IS NULL",
                        Long.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    /** Marks one of the reader's own notices read; someone else's is left alone (false). */
    public boolean markRead(long id, String login) {
        StaffNotice notice = entityManager.find(StaffNotice.class, id);
        if (notice == null || !notice.recipient().equals(login)) {
            return false;
        }
        notice.read(clock.instant());
        return true;
    }
}
