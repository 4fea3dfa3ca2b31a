package org.caredesk.domain.cases.attachments;

import jakarta.persistence.*;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.platform.Ids;

import java.time.Instant;

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

    protected Attachment() {
    }

    public Attachment(SupportCase supportCase, String fileName, AttachmentType type, byte[] content, Instant uploadedAt) {
        this.supportCase = supportCase;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
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
