package org.caredesk.domain.cases;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** A file attached to a case. The content is read only when someone entitled downloads it. */
@Entity
@Table(name = "case_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    /** The message this file came with (an agent's reply, a consumer's e-mail); null for a portal upload. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    /** The staff member who attached it; null for the consumer. */
    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected Attachment() {}

    public Attachment(
            SupportCase supportCase, String fileName, AttachmentType type, byte[] content, Instant uploadedAt) {
        this.supportCase = supportCase;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    /** Marks this file as sent by {@code staffMember} with the reply {@code reply}. */
    public Attachment sentWith(Contact reply, String staffMember) {
        this.contact = reply;
        this.uploadedBy = staffMember;
        return this;
    }

    /** Marks this file as having come with the consumer's e-mail {@code mail}. */
    public Attachment cameWith(Contact mail) {
        this.contact = mail;
        return this;
    }

    public Contact getContact() {
        return contact;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
