package org.caredesk.console.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.caredesk.domain.mail.inbound.MailboxStatus;

/**
 * The sender and recipients of the e-mails on a case's timeline, read once a request, so the case
 * page can show them beside each mail with its "view original" link.
 */
@Named("caseMail")
@RequestScoped
public class CaseMailEnvelopes {
    private final MailboxStatus mailbox;
    private String caseNumber;
    private Map<Long, MailboxStatus.Envelope> envelopes = Map.of();

    protected CaseMailEnvelopes() {
        this(null);
    }

    @Inject
    public CaseMailEnvelopes(MailboxStatus mailbox) {
        this.mailbox = mailbox;
    }

    /** The envelope of timeline entry {@code contactId} of the case, or null when it is not an e-mail. */
    public MailboxStatus.Envelope of(String caseNumber, long contactId) {
        if (caseNumber == null) {
            return null;
        }
        if (!caseNumber.equals(this.caseNumber)) {
            envelopes = mailbox.envelopes(caseNumber);
            this.caseNumber = caseNumber;
        }
        return envelopes.get(contactId);
    }
}
