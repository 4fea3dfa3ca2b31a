package org.caredesk.domain.cases;

/**
 * What became of an upload: stored, or refused for a reason the consumer can act on.
 * {@code NOT_FOUND} is "no such case of yours", as for every other request.
 */
public record UploadResult(Outcome outcome, AttachmentInfo attachment) {

    public enum Outcome {
        STORED(null),
        TOO_LARGE("larger than 5 MB"),
        WRONG_TYPE("only JPEG, PNG and PDF files can be attached"),
        EMPTY("the file is empty"),
        TOO_MANY("a case holds at most 20 files"),
        NOT_FOUND("no such case");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        /** Why a file was refused, in words an API client can show. */
        public String reason() {
            return reason;
        }
    }

    static UploadResult refused(Outcome outcome) {
        return new UploadResult(outcome, null);
    }
}
