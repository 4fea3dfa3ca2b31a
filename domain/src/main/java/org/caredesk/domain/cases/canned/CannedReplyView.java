package org.caredesk.domain.cases.canned;

/** A canned reply as the console lists and edits it; {@code id} is null for a new one. */
public record CannedReplyView(Long id, String title, String body, String language) {
    static CannedReplyView of(CannedReply reply) {
        return new CannedReplyView(reply.getId(), reply.getTitle(), reply.getBody(), reply.getLanguage());
    }
}
