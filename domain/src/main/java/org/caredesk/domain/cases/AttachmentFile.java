package org.caredesk.domain.cases;

/** An attachment's bytes, for the one entitled to download it. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
