package org.caredesk.domain.cases;

import java.time.Instant;

/** An attachment as lists show it: what it is, not what it holds. */
public record AttachmentInfo(
        long id, String fileName, String contentType, long size, Instant uploadedAt, String uploadedBy) {

    public static AttachmentInfo of(Attachment a) {
        return new AttachmentInfo(
                a.getId(),
                a.getFileName(),
                a.getContentType(),
                a.getSizeBytes(),
                a.getUploadedAt(),
                a.getUploadedBy() == null ? "consumer" : "agent");
    }
}
