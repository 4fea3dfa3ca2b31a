package org.caredesk.domain.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a consumer may attach, recognised by their first bytes. A file's name and
 * the type the browser claims are the sender's word; the content is the file's.
 */
public enum AttachmentType {
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    AttachmentType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type the content is, or empty when it is none of the accepted kinds. */
    public static Optional<AttachmentType> sniff(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }
}
