package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.contact.Direction;

/**
 * Reads cases for the people entitled to them. "Not yours" and "missing" look the same
 * (empty), so nobody learns which case numbers exist.
 */
@ApplicationScoped
public class CaseQueries {
    private final EntityManager entityManager;

    protected CaseQueries() {
        this(null);
    }

    @Inject
    public CaseQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The case, for whoever holds its tracking code (or a code a mail about it linked with). */
    public Optional<CaseView> forTrackingCode(String caseNumber, String trackingCode) {
        return byNumber(caseNumber).filter(c -> opens(trackingCode, c)).map(this::view);
    }

    /** Whether {@code code} is the case's tracking code or one issued for a mail's link to it. */
    boolean opens(String code, SupportCase supportCase) {
        return TrackingCodes.matches(code, supportCase.getTrackingHash())
                || CaseLinkCode.opens(entityManager, code, supportCase.getId());
    }

    /** The case, for the customer it belongs to. */
    public Optional<CaseView> forCustomer(String caseNumber, long customerId) {
        return byNumber(caseNumber)
                .filter(c -> c.getCustomer() != null && c.getCustomer().getId() == customerId)
                .map(this::view);
    }

    /** Cases that need an agent, newest first. */
    public List<CaseSummary> openQueue(int max) {
        return entityManager
                .createQuery(
                        "SELECT c FROM SupportCase c WHERE c.status IN :open ORDER BY c.createdAt DESC",
                        SupportCase.class)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING))
                .setMaxResults(max)
                .getResultStream()
                .map(CaseSummary::of)
                .toList();
    }

    /**
     * The open cases in a team's queue (new, open, pending), oldest first: what views of "team X" list. With
     * {@code unassignedOnly}, only those nobody in the team has taken yet.
     */
    public List<CaseSummary> openOfTeam(long teamId, boolean unassignedOnly, int max) {
        return entityManager
                .createQuery(
                        "SELECT c FROM SupportCase c LEFT JOIN c.assignee a WHERE c.team.id = :team"
                                + " AND c.status IN :open" + (unassignedOnly ? " AND a IS NULL" : "")
                                + " ORDER BY c.createdAt",
                        SupportCase.class)
                .setParameter("team", teamId)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING))
                .setMaxResults(max)
                .getResultStream()
                .map(CaseSummary::of)
                .toList();
    }

    /** A customer's own cases, newest first. */
    public List<CaseSummary> ofCustomer(long customerId) {
        return entityManager
                .createQuery(
                        "SELECT c FROM SupportCase c WHERE c.customer.id = :id ORDER BY c.createdAt DESC",
                        SupportCase.class)
                .setParameter("id", customerId)
                .getResultStream()
                .map(CaseSummary::of)
                .toList();
    }

    /** The case itself, for domain services outside this package (calls attach to it). */
    public Optional<SupportCase> caseWithNumber(String caseNumber) {
        return byNumber(caseNumber);
    }

    Optional<SupportCase> byNumber(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                .setParameter("number", caseNumber.trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /**
     * The consumer's view: only what the consumer may see. Internal notes are left out, and so is
     * anything an agent wrote that is not an outbound message to the consumer.
     */
    private CaseView view(SupportCase c) {
        List<CaseView.TimelineEntry> timeline = entityManager
                .createQuery(
                        "SELECT k FROM Contact k WHERE k.supportCase = :c AND k.internalNote = false ORDER BY k.receivedAt, k.id",
                        Contact.class)
                .setParameter("c", c)
                .getResultStream()
                .filter(CaseQueries::visibleToConsumer)
                .map(k -> new CaseView.TimelineEntry(
                        k.getReceivedAt(), from(k), k.getBody(), staffFirstName(k.getStaffLogin())))
                .toList();
        List<AttachmentInfo> attachments = entityManager
                .createQuery(
                        "SELECT a FROM Attachment a WHERE a.supportCase = :c ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("c", c)
                .getResultStream()
                .map(AttachmentInfo::of)
                .toList();
        CaseView.Rating rating = c.getCsatScore() == null
                ? null
                : new CaseView.Rating(c.getCsatScore(), c.getCsatComment(), c.getCsatAt());
        return new CaseView(
                c.getCaseNumber(),
                c.getSubject(),
                c.getStatus().wireName(),
                c.productName(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                timeline,
                attachments,
                rating,
                c.canBeRated(),
                c.getMergedInto() == null ? null : c.getMergedInto().getCaseNumber());
    }

    private static boolean visibleToConsumer(Contact k) {
        return !k.isInternalNote() && (k.getAuthor() != Author.AGENT || k.getDirection() == Direction.OUTBOUND);
    }

    private String staffFirstName(String login) {
        if (login == null) {
            return null;
        }
        return entityManager
                .createNamedQuery(
                        org.caredesk.domain.user.UserAccount.BY_EMAIL, org.caredesk.domain.user.UserAccount.class)
                .setParameter("email", login)
                .getResultStream()
                .findFirst()
                .map(u -> StaffNames.firstName(u.getDisplayName()))
                .orElse(null);
    }

    private static String from(Contact k) {
        return switch (k.getAuthor()) {
            case AGENT -> "agent";
            case SYSTEM -> "system";
            case CONSUMER -> "consumer";
        };
    }
}
