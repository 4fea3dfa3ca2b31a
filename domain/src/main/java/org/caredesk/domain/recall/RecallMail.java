package org.caredesk.domain.recall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutgoingMail;

/**
 * The e-mail that tells an owner about a recall, handed to the mail service's outbox in the
 * issuing transaction. Safety notices go to every owner with an address whatever their marketing
 * consents: telling owners about a hazard is a duty, not promotion.
 */
@ApplicationScoped
public class RecallMail {
    private final Mailer mailer;

    protected RecallMail() {
        this(null);
    }

    @Inject
    public RecallMail(Mailer mailer) {
        this.mailer = mailer;
    }

    /** Queues the e-mail and returns the delivery's e-mail status ({@code sent} once it is in the outbox). */
    public String deliver(RecallNotice notice, RecallText text, String to, String serial) {
        if (to == null || to.isBlank() || !to.contains("@")) {
            return RecallDelivery.NO_ADDRESS;
        }
        mailer.send(new OutgoingMail(to.trim(), text.getTitle(), body(notice, text, serial)));
        return RecallDelivery.SENT;
    }

    static String body(RecallNotice notice, RecallText text, String serial) {
        String unit = "it".equals(text.getLanguage()) ? "Il tuo prodotto" : "Your unit";
        return unit + ": " + notice.getProduct().getName() + " · " + serial + "\n\n"
                + text.getBody() + "\n\n" + text.getRemedy() + "\n";
    }
}
