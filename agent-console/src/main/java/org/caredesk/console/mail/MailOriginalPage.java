package org.caredesk.console.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.mail.inbound.MailboxStatus;
import org.caredesk.web.PathIds;

/**
 * "View original" for an e-mail on a case (staff): who sent it to whom, its headers decoded, the
 * body (the HTML sanitised, or the plain text), the files kept with the case and the raw source.
 * An unknown or malformed contact id shows a "no such e-mail" message, never an error page.
 */
@Named
@RequestScoped
public class MailOriginalPage {
    /** The raw source shown is cut here: a mail with large files would otherwise make a page of megabytes. */
    static final int RAW_SHOWN = 64 * 1024;

    private final MailboxStatus mailbox;
    private String contact;
    private MailboxStatus.Original original;

    protected MailOriginalPage() {
        this(null);
    }

    @Inject
    public MailOriginalPage(MailboxStatus mailbox) {
        this.mailbox = mailbox;
    }

    public void onLoad() {
        original = PathIds.parse(contact).flatMap(mailbox::original).orElse(null);
    }

    public MailboxStatus.Original getOriginal() {
        return original;
    }

    public String getRaw() {
        String raw = original == null ? "" : original.rawText();
        return raw.length() > RAW_SHOWN ? raw.substring(0, RAW_SHOWN) : raw;
    }

    public boolean isRawCut() {
        return original != null && original.rawText().length() > RAW_SHOWN;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
