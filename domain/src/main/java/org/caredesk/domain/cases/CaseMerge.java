package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;

/**
 * Staff put cases together and apart: merge a duplicate into another case (its messages, notes, files,
 * timeline events, tags and the consumer's tracking code all follow; the duplicate is closed and points
 * at the survivor), link related cases, split one message off into a case of its own. One transaction
 * each, checked against the version the staff member saw; every change is announced on the feed and
 * written to the audit trail. The single entry point for bulk actions and automation rules as well.
 */
@ApplicationScoped
@Transactional
public class CaseMerge {
    public static final String AUDIT_MERGED = "case.merged";
    public static final String AUDIT_LINKED = "case.linked";
    public static final String AUDIT_UNLINKED = "case.unlinked";
    public static final String AUDIT_SPLIT = "case.split";

    private final EntityManager entityManager;
    private final CaseQueries queries;
    private final CaseNumbers caseNumbers;
    private final FeedPublisher feed;
    private final AuditLog audit;
    private final Clock clock;

    protected CaseMerge() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public CaseMerge(
            EntityManager entityManager,
            CaseQueries queries,
            CaseNumbers caseNumbers,
            FeedPublisher feed,
            AuditLog audit,
            Clock clock) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.caseNumbers = caseNumbers;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Merges {@code duplicate} (as its version {@code seenVersion}) into {@code survivor}. Answers the
     * survivor's new version. Refused (IllegalArgumentException) for a case into itself, a case merged
     * already, or into a case that was itself merged.
     */
    public long merge(String duplicate, long seenVersion, String survivor, StaffMember by) {
        SupportCase from = existing(duplicate);
        SupportCase into = existing(survivor);
        if (from.getId().equals(into.getId())) {
            throw new IllegalArgumentException("A case cannot be merged into itself");
        }
        if (from.getMergedInto() != null) {
            throw new IllegalArgumentException("Case " + from.getCaseNumber() + " was merged into "
                    + from.getMergedInto().getCaseNumber() + " already");
        }
        if (into.getMergedInto() != null) {
            throw new IllegalArgumentException("Case " + into.getCaseNumber() + " was merged into "
                    + into.getMergedInto().getCaseNumber() + "; merge into that one");
        }
        checkSeen(from, seenVersion);
        Instant now = clock.instant();
        // Bulk moves: a case may hold thousands of contacts, none of which need loading.
        for (String entity : List.of("Contact", "Attachment", "CaseLifecycleEvent")) {
            entityManager
                    .createQuery("UPDATE " + entity + " x SET x.supportCase = :into WHERE x.supportCase = :from")
                    .setParameter("into", into)
                    .setParameter("from", from)
                    .executeUpdate();
        }
        // The consumer's tracking code now opens the survivor too (the duplicate keeps answering with a pointer).
        CaseLinkCode.carry(entityManager, from.getTrackingHash(), into.getId(), now);
        into.absorb(from);
        from.mergeInto(into, now);
        from.scheduleSla(new SlaTargets(entityManager).lookup());
        entityManager.persist(
                new CaseLifecycleEvent(from, now, "agent", CaseLifecycleEvent.Kind.MERGED_INTO, into.getCaseNumber()));
        entityManager.persist(
                new CaseLifecycleEvent(into, now, "agent", CaseLifecycleEvent.Kind.MERGED_FROM, from.getCaseNumber()));
        commit(by, now, from, into);
        record(by, AUDIT_MERGED, into, from.getCaseNumber() + " merged into " + into.getCaseNumber());
        return into.getVersion();
    }

    /** Links two related cases; linking cases already linked changes nothing. Answers the first case's version. */
    public long link(String caseNumber, long seenVersion, String related, StaffMember by) {
        SupportCase one = existing(caseNumber);
        SupportCase other = existing(related);
        if (one.getId().equals(other.getId())) {
            throw new IllegalArgumentException("A case cannot be linked to itself");
        }
        checkSeen(one, seenVersion);
        if (entityManager.find(CaseRelation.class, new CaseRelation.Key(one.getId(), other.getId())) != null) {
            return one.getVersion();
        }
        Instant now = clock.instant();
        entityManager.persist(new CaseRelation(one.getId(), other.getId(), now, by.login()));
        entityManager.persist(new CaseRelation(other.getId(), one.getId(), now, by.login()));
        entityManager.persist(
                new CaseLifecycleEvent(one, now, "agent", CaseLifecycleEvent.Kind.LINKED, other.getCaseNumber()));
        entityManager.persist(
                new CaseLifecycleEvent(other, now, "agent", CaseLifecycleEvent.Kind.LINKED, one.getCaseNumber()));
        commit(by, now, one, other);
        record(by, AUDIT_LINKED, one, one.getCaseNumber() + " linked to " + other.getCaseNumber());
        return one.getVersion();
    }

    /** Undoes a link; unlinking cases that are not linked changes nothing. Answers the first case's version. */
    public long unlink(String caseNumber, long seenVersion, String related, StaffMember by) {
        SupportCase one = existing(caseNumber);
        SupportCase other = existing(related);
        checkSeen(one, seenVersion);
        CaseRelation there = entityManager.find(CaseRelation.class, new CaseRelation.Key(one.getId(), other.getId()));
        if (there == null) {
            return one.getVersion();
        }
        entityManager.remove(there);
        CaseRelation back = entityManager.find(CaseRelation.class, new CaseRelation.Key(other.getId(), one.getId()));
        if (back != null) {
            entityManager.remove(back);
        }
        Instant now = clock.instant();
        entityManager.persist(
                new CaseLifecycleEvent(one, now, "agent", CaseLifecycleEvent.Kind.UNLINKED, other.getCaseNumber()));
        entityManager.persist(
                new CaseLifecycleEvent(other, now, "agent", CaseLifecycleEvent.Kind.UNLINKED, one.getCaseNumber()));
        commit(by, now, one, other);
        record(by, AUDIT_UNLINKED, one, one.getCaseNumber() + " unlinked from " + other.getCaseNumber());
        return one.getVersion();
    }

    /**
     * Splits the message {@code contactId} (and its files) off {@code caseNumber} into a new case with
     * {@code subject} (the original's when blank), for the same consumer, who follows it with the same
     * tracking code. Answers the new case's number.
     */
    public String split(String caseNumber, long seenVersion, long contactId, String subject, StaffMember by) {
        SupportCase from = existing(caseNumber);
        Contact message = entityManager.find(Contact.class, contactId);
        if (message == null
                || message.getSupportCase() == null
                || !message.getSupportCase().getId().equals(from.getId())) {
            throw new IllegalArgumentException("Case " + from.getCaseNumber() + " has no message " + contactId);
        }
        long messages = entityManager
                .createQuery("SELECT COUNT(k) FROM Contact k WHERE k.supportCase = :c", Long.class)
                .setParameter("c", from)
                .getSingleResult();
        if (messages < 2) {
            throw new IllegalArgumentException("The only message of a case cannot be split off");
        }
        String title = subject == null || subject.isBlank() ? from.getSubject() : subject.strip();
        if (title.length() > 200) {
            throw new IllegalArgumentException("The subject is longer than 200 characters");
        }
        checkSeen(from, seenVersion);
        Instant now = clock.instant();
        SupportCase split = new SupportCase(
                caseNumbers.next(),
                from.getTrackingHash(),
                title,
                from.getChannel(),
                from.getLanguage(),
                from.getCustomer(),
                from.getProduct(),
                from.getConsumerDetails(),
                now);
        split.productAsWritten(from.productName());
        split.noteConsumerMessage(message.getSentiment(), !message.getHazards().isEmpty(), now);
        split.scheduleSla(new SlaTargets(entityManager).lookup());
        entityManager.persist(split);
        message.moveTo(split);
        entityManager
                .createQuery("UPDATE Attachment a SET a.supportCase = :to WHERE a.contact = :k")
                .setParameter("to", split)
                .setParameter("k", message)
                .executeUpdate();
        entityManager.persist(
                new CaseLifecycleEvent(from, now, "agent", CaseLifecycleEvent.Kind.SPLIT_TO, split.getCaseNumber()));
        entityManager.persist(
                new CaseLifecycleEvent(split, now, "agent", CaseLifecycleEvent.Kind.SPLIT_FROM, from.getCaseNumber()));
        split.changedBy(by.login(), now);
        entityManager.flush();
        feed.publish(FeedEventTypes.CASE_CREATED, CaseSummary.of(split));
        commit(by, now, from);
        record(
                by,
                AUDIT_SPLIT,
                from,
                "message " + contactId + " of " + from.getCaseNumber() + " split into " + split.getCaseNumber());
        return split.getCaseNumber();
    }

    /** The cases linked to {@code caseNumber}, by number. */
    public List<CaseSummary> related(String caseNumber) {
        return queries.byNumber(caseNumber)
                .map(c -> entityManager
                        .createQuery(
                                "SELECT s FROM SupportCase s, CaseRelation r WHERE r.caseId = :id"
                                        + " AND s.id = r.relatedId ORDER BY s.caseNumber",
                                SupportCase.class)
                        .setParameter("id", c.getId())
                        .getResultStream()
                        .map(CaseSummary::of)
                        .toList())
                .orElse(List.of());
    }

    private SupportCase existing(String caseNumber) {
        return queries.byNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    private static void checkSeen(SupportCase c, long seenVersion) {
        if (c.getVersion() != seenVersion) {
            throw new CaseConflictException(
                    c.getCaseNumber(),
                    c.getVersion(),
                    c.getUpdatedBy(),
                    "Case " + c.getCaseNumber() + " was changed"
                            + (c.getUpdatedBy() == null ? "" : " by " + c.getUpdatedBy()) + " since you opened it");
        }
    }

    /** Stamps, version-checks and announces every case the change touched. */
    private void commit(StaffMember by, Instant now, SupportCase... cases) {
        for (SupportCase c : cases) {
            c.changedBy(by.login(), now);
            entityManager.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw collided(cases[0]);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw collided(cases[0]);
            }
            throw e;
        }
        for (SupportCase c : cases) {
            feed.publish(FeedEventTypes.CASE_UPDATED, CaseSummary.of(c));
        }
    }

    private static CaseConflictException collided(SupportCase c) {
        return new CaseConflictException(
                c.getCaseNumber(),
                -1,
                null,
                "Case " + c.getCaseNumber() + " was changed by someone else at the same moment");
    }

    private void record(StaffMember by, String action, SupportCase c, String detail) {
        audit.record(
                by.login(),
                action,
                c.getCustomer() == null ? null : c.getCustomer().getId(),
                "case " + c.getCaseNumber(),
                detail);
    }
}
