package org.caredesk.domain.mail.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.cases.Attachment;
import org.caredesk.domain.cases.AttachmentType;
import org.caredesk.domain.cases.Attachments;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;

/**
 * A mail's files, under the same rules as portal uploads (JPEG, PNG or PDF by content, at most
 * 5 MB each, 20 a case). A refused file is named in a note on the message, so the agent knows to
 * ask for it another way; the mail itself always lands.
 */
@ApplicationScoped
@Transactional
public class MailAttachments {
    private final EntityManager entityManager;

    protected MailAttachments() {
        this(null);
    }

    @Inject
    public MailAttachments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The files to keep, and a line for each refused one. */
    public record Sorted(List<Accepted> accepted, List<String> notes) {}

    public record Accepted(String fileName, AttachmentType type, byte[] content) {}

    long count(SupportCase supportCase) {
        return entityManager
                .createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.supportCase = :c", Long.class)
                .setParameter("c", supportCase)
                .getSingleResult();
    }

    Sorted sort(List<ParsedMail.MailPart> parts, long alreadyOnCase) {
        List<Accepted> accepted = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ParsedMail.MailPart part : parts) {
            String name = part.fileName();
            byte[] content = part.content();
            Optional<AttachmentType> type = AttachmentType.sniff(content);
            if (content.length > Attachments.MAX_BYTES) {
                notes.add("[Attachment refused: " + name + " (" + megabytes(content.length) + ") is larger than "
                        + megabytes(Attachments.MAX_BYTES) + "]");
            } else if (type.isEmpty()) {
                notes.add("[Attachment refused: " + name + " (" + part.contentType() + ") is not a JPEG, PNG or PDF]");
            } else if (alreadyOnCase + accepted.size() >= Attachments.MAX_PER_CASE) {
                notes.add("[Attachment refused: " + name + ": the case has " + Attachments.MAX_PER_CASE
                        + " files already]");
            } else {
                accepted.add(new Accepted(safeName(name, type.get()), type.get(), content));
            }
        }
        return new Sorted(accepted, notes);
    }

    /** Keeps the files with the case, each tied to the mail it came with (so the timeline shows them under it). */
    void store(SupportCase supportCase, Contact mail, List<Accepted> files, Instant at) {
        for (Accepted file : files) {
            entityManager.persist(
                    new Attachment(supportCase, file.fileName(), file.type(), file.content(), at).cameWith(mail));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** No path, no control or quote characters, the extension the content really has. */
    static String safeName(String fileName, AttachmentType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\";]", "")
                .trim();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("^\\.+", "");
        if (base.isBlank()) {
            base = "attachment";
        }
        return (base.length() > 150 ? base.substring(0, 150) : base) + type.extension();
    }
}
