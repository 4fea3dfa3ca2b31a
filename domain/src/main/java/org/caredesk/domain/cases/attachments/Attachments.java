package org.caredesk.domain.cases.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.cases.CaseOwnership;
import org.caredesk.domain.cases.SupportCase;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Stores and serves case attachments. A consumer attaches to and downloads from their own cases
 * only; staff download any, and every staff download is written to the audit log.
 */
@ApplicationScoped
@Transactional
public class Attachments {
    /** Per file: a phone photo fits, a video does not. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Per case, so a case cannot be turned into file storage. */
    public static final int MAX_PER_CASE = 20;

    private final EntityManager entityManager;
    private final CaseOwnership ownership;
    private final AuditLog auditLog;
    private final Clock clock;

    protected Attachments() {
        this(null, null, null, null);
    }

    @Inject
    public Attachments(EntityManager entityManager, CaseOwnership ownership, AuditLog auditLog, Clock clock) {
        this.entityManager = entityManager;
        this.ownership = ownership;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public UploadResult attach(String caseNumber, long customerId, String fileName, byte[] content) {
        Optional<SupportCase> found = ownership.ownedBy(caseNumber, customerId);
        if (found.isEmpty()) {
            return UploadResult.refused(UploadResult.Outcome.NOT_FOUND);
        }
        if (content == null || content.length == 0) {
            return UploadResult.refused(UploadResult.Outcome.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return UploadResult.refused(UploadResult.Outcome.TOO_LARGE);
        }
        Optional<AttachmentType> type = AttachmentType.sniff(content);
        if (type.isEmpty()) {
            return UploadResult.refused(UploadResult.Outcome.WRONG_TYPE);
        }
        if (list(found.get()).size() >= MAX_PER_CASE) {
            return UploadResult.refused(UploadResult.Outcome.TOO_MANY);
        }
        Attachment attachment = new Attachment(found.get(), safeName(fileName, type.get()), type.get(), content,
                clock.instant());
        entityManager.persist(attachment);
        entityManager.flush();
        return new UploadResult(UploadResult.Outcome.STORED, AttachmentInfo.of(attachment));
    }

    public List<AttachmentInfo> list(SupportCase supportCase) {
        return entityManager.createQuery("SELECT a FROM Attachment a WHERE a.supportCase = :c ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("c", supportCase).getResultStream().map(AttachmentInfo::of).toList();
    }

    /** The file, when it belongs to a case of this customer; empty otherwise (the caller answers 404). */
    public Optional<AttachmentFile> forCustomer(long attachmentId, long customerId) {
        return find(attachmentId)
                .filter(a -> a.getSupportCase().getCustomer() != null
                        && a.getSupportCase().getCustomer().getId() == customerId)
                .map(this::file);
    }

    /** The file for a staff member, written to the audit log. */
    public Optional<AttachmentFile> forStaff(long attachmentId, String staffMember) {
        Optional<Attachment> found = find(attachmentId);
        found.ifPresent(a -> auditLog.record(staffMember, "attachment.opened",
                a.getSupportCase().getCustomer() == null ? null : a.getSupportCase().getCustomer().getId(),
                "case " + a.getSupportCase().getCaseNumber(), "attachment " + a.getId()));
        return found.map(this::file);
    }

    private Optional<Attachment> find(long attachmentId) {
        return Optional.ofNullable(entityManager.find(Attachment.class, attachmentId));
    }

    private AttachmentFile file(Attachment attachment) {
        byte[] content = entityManager.createQuery("SELECT a.content FROM Attachment a WHERE a.id = :id", byte[].class)
                .setParameter("id", attachment.getId()).getSingleResult();
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), content);
    }

    /** A name fit for a download header: no path, no control or quote characters, the true extension. */
    static String safeName(String fileName, AttachmentType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\";]", "").trim();
        int dot = name.lastIndexOf('.');
        String base = (dot >= 0 ? name.substring(0, dot) : name).replaceAll("^\\.+", "");
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + type.extension();
    }
}
