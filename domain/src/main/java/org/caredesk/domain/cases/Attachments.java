package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.audit.AuditLog;

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
        Optional<UploadResult.Outcome> refusal = refusal(content);
        if (refusal.isPresent()) {
            return UploadResult.refused(refusal.get());
        }
        Optional<AttachmentType> type = AttachmentType.sniff(content);
        if (list(found.get()).size() >= MAX_PER_CASE) {
            return UploadResult.refused(UploadResult.Outcome.TOO_MANY);
        }
        Attachment attachment =
                new Attachment(found.get(), safeName(fileName, type.get()), type.get(), content, clock.instant());
        entityManager.persist(attachment);
        entityManager.flush();
        return new UploadResult(UploadResult.Outcome.STORED, AttachmentInfo.of(attachment));
    }

    /** Why {@code content} cannot be attached (empty, too large, not a JPEG, PNG or PDF), or empty when it can. */
    public static Optional<UploadResult.Outcome> refusal(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(UploadResult.Outcome.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(UploadResult.Outcome.TOO_LARGE);
        }
        if (AttachmentType.sniff(content).isEmpty()) {
            return Optional.of(UploadResult.Outcome.WRONG_TYPE);
        }
        return Optional.empty();
    }

    /**
     * Files an agent sends with a reply: the consumer's limits apply (type by content, size, files per case).
     * Called inside the reply's transaction; a refused file throws and the reply is not sent either.
     */
    public void attachToReply(SupportCase supportCase, Contact reply, String staffMember, List<NewFile> files) {
        if (list(supportCase).size() + files.size() > MAX_PER_CASE) {
            throw new IllegalArgumentException("a case holds at most " + MAX_PER_CASE + " files");
        }
        for (NewFile file : files) {
            Optional<UploadResult.Outcome> refusal = refusal(file.content());
            if (refusal.isPresent()) {
                throw new IllegalArgumentException(
                        file.fileName() + ": " + refusal.get().reason());
            }
            AttachmentType type = AttachmentType.sniff(file.content()).orElseThrow();
            entityManager.persist(
                    new Attachment(supportCase, safeName(file.fileName(), type), type, file.content(), clock.instant())
                            .sentWith(reply, staffMember));
        }
    }

    /** A file as it was uploaded, before it is checked. */
    public record NewFile(String fileName, byte[] content) {}

    public List<AttachmentInfo> list(SupportCase supportCase) {
        return entityManager
                .createQuery(
                        "SELECT a FROM Attachment a WHERE a.supportCase = :c ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("c", supportCase)
                .getResultStream()
                .map(AttachmentInfo::of)
                .toList();
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
        found.ifPresent(a -> auditLog.record(
                staffMember,
                "attachment.opened",
                a.getSupportCase().getCustomer() == null
                        ? null
                        : a.getSupportCase().getCustomer().getId(),
                "case " + a.getSupportCase().getCaseNumber(),
                "attachment " + a.getId()));
        return found.map(this::file);
    }

    private Optional<Attachment> find(long attachmentId) {
        return Optional.ofNullable(entityManager.find(Attachment.class, attachmentId));
    }

    private AttachmentFile file(Attachment attachment) {
        byte[] content = entityManager
                .createQuery("SELECT a.content FROM Attachment a WHERE a.id = :id", byte[].class)
                .setParameter("id", attachment.getId())
                .getSingleResult();
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), content);
    }

    /** A name fit for a download header: no path, no control or quote characters, the true extension. */
    static String safeName(String fileName, AttachmentType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\";]", "")
                .trim();
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
