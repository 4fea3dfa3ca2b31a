package org.caredesk.domain.cases.attachments;

/**
 * What became of an upload: stored, or refused for a reason the consumer can act on.
 * {@code NOT_FOUND} is "no such case of yours", as for every other request.
 */
public record UploadResult(Outcome outcome, AttachmentInfo attachment) {

    public enum Outcome { STORED, TOO_LARGE, WRONG_TYPE, EMPTY, TOO_MANY, NOT_FOUND }

    static UploadResult refused(Outcome outcome) {
        return new UploadResult(outcome, null);
    }
}
