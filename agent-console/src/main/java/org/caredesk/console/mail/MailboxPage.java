package org.caredesk.console.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.mail.MailboxSettings;
import org.caredesk.domain.mail.inbound.MailboxStatus;
import org.caredesk.domain.mail.notice.InvalidTemplate;
import org.caredesk.domain.mail.notice.MailTemplate;
import org.caredesk.domain.mail.notice.MailTemplates;
import org.caredesk.domain.mail.notice.NoticeKind;
import org.caredesk.domain.mail.notice.RenderedMail;

/**
 * The supervisor's mailbox page: how reading the mailbox goes (last poll, mails fetched,
 * quarantined, errors), the quarantined mails with their reasons, and the editor of the consumer
 * mails' templates with a preview.
 */
@Named
@ViewScoped
public class MailboxPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int QUARANTINE_SHOWN = 50;

    private final transient MailboxStatus status;
    private final transient MailTemplates templates;
    private final transient MailboxSettings mailbox;
    private String kind = NoticeKind.ACKNOWLEDGEMENT.wireName();
    private String language = "en";
    private String subject;
    private String body;
    private boolean custom;
    private RenderedMail preview;

    protected MailboxPage() {
        this(null, null, null);
    }

    @Inject
    public MailboxPage(MailboxStatus status, MailTemplates templates, MailboxSettings mailbox) {
        this.status = status;
        this.templates = templates;
        this.mailbox = mailbox;
    }

    public MailboxStatus.Figures getFigures() {
        return status.figures();
    }

    public String getMailbox() {
        return mailbox.configured() ? mailbox.toString() : null;
    }

    public int getPollSeconds() {
        return mailbox.pollSeconds();
    }

    public List<MailboxStatus.Quarantined> getQuarantined() {
        return status.quarantined(QUARANTINE_SHOWN);
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(NoticeKind.values())
                .map(NoticeKind::wireName)
                .toList();
    }

    public List<String> getLanguages() {
        return MailTemplates.LANGUAGES;
    }

    /** Loads the chosen template into the editor. */
    public void load() {
        MailTemplate template = templates.get(NoticeKind.fromWire(kind).orElse(NoticeKind.ACKNOWLEDGEMENT), language);
        subject = template.subject();
        body = template.body();
        custom = template.custom();
        preview = null;
    }

    public void showPreview() {
        try {
            preview = templates.preview(language, subject, body);
        } catch (InvalidTemplate e) {
            preview = null;
            problem(e);
        }
    }

    public void save() {
        try {
            templates.save(chosenKind(), language, subject, body);
            custom = true;
            preview = templates.preview(language, subject, body);
            PageMessages.info("mailbox.template.saved");
        } catch (InvalidTemplate e) {
            problem(e);
        }
    }

    public void restore() {
        templates.reset(chosenKind(), language);
        load();
        PageMessages.info("mailbox.template.restored");
    }

    private NoticeKind chosenKind() {
        return NoticeKind.fromWire(kind).orElseThrow(() -> new IllegalArgumentException("unknown kind " + kind));
    }

    private static void problem(InvalidTemplate e) {
        PageMessages.error("mailbox.template.invalid." + e.problem(), e.detail() == null ? "" : e.detail());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        if (subject == null) {
            load();
        }
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        if (body == null) {
            load();
        }
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isCustom() {
        return custom;
    }

    public RenderedMail getPreview() {
        return preview;
    }
}
