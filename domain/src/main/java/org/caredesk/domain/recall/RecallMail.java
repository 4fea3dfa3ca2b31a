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

    /**
     * Queues the e-mail and returns the outbox mail that carries it, or empty when the owner has no address.
     * Whether it was actually sent is the outbox's to say, later.
     */
    public java.util.OptionalLong deliver(RecallNotice notice, RecallText text, String to, String serial) {
        if (to == null || to.isBlank() || !to.contains("@")) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(
                mailer.send(new OutgoingMail(to.trim(), text.getTitle(), body(notice, text, serial))));
    }

    static String body(RecallNotice notice, RecallText text, String serial) {
        String unit = "it".equals(text.getLanguage()) ? "Il tuo prodotto" : "Your unit";
        return unit + ": " + notice.getProduct().getName() + " · " + serial + "\n\n" + text.getBody() + "\n\n"
                + text.getRemedy() + "\n";
    }
}
