package org.caredesk.domain.recall;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The e-mail that tells an owner about a recall. Safety notices go to every owner with an
 * address whatever their marketing consents: telling owners about a hazard is a duty, not
 * promotion. Until the application has a mail service the e-mail is recorded as pending on the
 * delivery, so the reach shows who still has to be written to.
 */
@ApplicationScoped
public class RecallMail {

    /** Sends (or queues) the e-mail and returns the delivery's e-mail status. */
    public String deliver(RecallNotice notice, RecallText text, String to, Instant at) {
        if (to == null || to.isBlank()) {
            return RecallDelivery.NO_ADDRESS;
        }
        return RecallDelivery.PENDING;
    }

    static String subject(RecallText text) {
        return text.getTitle();
    }

    static String body(RecallNotice notice, RecallText text, String serial) {
        return text.getBody() + "\n\n" + text.getRemedy() + "\n\n" + notice.getProduct().getName() + " · " + serial;
    }
}
