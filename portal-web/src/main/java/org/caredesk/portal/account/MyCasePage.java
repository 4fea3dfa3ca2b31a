package org.caredesk.portal.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import org.caredesk.domain.cases.Attachments;
import org.caredesk.domain.cases.CaseActions;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.cases.ConsumerMessages;
import org.caredesk.domain.cases.UploadResult;

/**
 * One of the customer's own cases: its timeline, a reply, attachments, close and reopen, and the
 * rating once resolved. Someone else's case number answers 404, exactly like a missing one.
 */
@Named("casePage")
@ViewScoped
public class MyCasePage implements Serializable {
    private final transient SignedInCustomer customer;
    private final transient CaseQueries queries;
    private final transient ConsumerMessages messages;
    private final transient CaseActions actions;
    private final transient Attachments attachments;

    private String caseNumber;
    private CaseView view;
    private String reply;
    /** The browser's own file input (h:inputFile): PrimeFaces' skinned one hides a focusable input from assistive technology. */
    private transient Part file;

    private Integer score;
    private String comment;
    /** Why the last upload was refused, shown beside the upload control (null when it was not). */
    private String uploadRefusal;

    protected MyCasePage() {
        this(null, null, null, null, null);
    }

    @Inject
    public MyCasePage(
            SignedInCustomer customer,
            CaseQueries queries,
            ConsumerMessages messages,
            CaseActions actions,
            Attachments attachments) {
        this.customer = customer;
        this.queries = queries;
        this.messages = messages;
        this.actions = actions;
        this.attachments = attachments;
    }

    public void onLoad() throws IOException {
        if (!refresh()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, "Nothing here");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private boolean refresh() {
        view = customer.id().flatMap(id -> queries.forCustomer(caseNumber, id)).orElse(null);
        return view != null;
    }

    public void send() {
        if (reply == null || reply.isBlank()) {
            error("casePage.reply.required");
            return;
        }
        if (messages.add(caseNumber, null, customer.id().orElse(null), reply.trim())
                .isEmpty()) {
            error("status.notFound");
            return;
        }
        reply = null;
        refresh();
        info("casePage.reply.sent");
    }

    public void upload() throws IOException {
        uploadRefusal = null;
        if (file == null || file.getSize() == 0) {
            refuseUpload(null, "casePage.upload.empty");
            return;
        }
        String fileName = file.getSubmittedFileName();
        byte[] content;
        try (var in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        UploadResult result = attachments.attach(caseNumber, customer.require(), fileName, content);
        switch (result.outcome()) {
            case STORED -> info("casePage.upload.stored");
            case TOO_LARGE -> refuseUpload(fileName, "casePage.upload.tooLarge");
            case WRONG_TYPE -> refuseUpload(fileName, "casePage.upload.wrongType");
            case TOO_MANY -> refuseUpload(fileName, "casePage.upload.tooMany");
            case EMPTY -> refuseUpload(fileName, "casePage.upload.empty");
            case NOT_FOUND -> error("status.notFound");
        }
        file = null;
        refresh();
    }

    /**
     * A refused file is named with its reason beside the upload control (where the consumer is looking),
     * as an alert, and at the top of the page with the other messages.
     */
    private void refuseUpload(String fileName, String reasonKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String reason = bundle.getString(reasonKey);
        uploadRefusal = fileName == null || fileName.isBlank()
                ? reason
                : java.text.MessageFormat.format(bundle.getString("casePage.upload.refused"), fileName, reason);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, uploadRefusal, uploadRefusal));
        faces.validationFailed();
    }

    public String getUploadRefusal() {
        return uploadRefusal;
    }

    public void close() {
        outcome(actions.close(caseNumber, customer.require()), "casePage.closed");
    }

    public void reopen() {
        outcome(actions.reopen(caseNumber, customer.require()), "casePage.reopened");
    }

    public void rate() {
        if (score == null || score < 1 || score > 5) {
            error("casePage.rating.required");
            return;
        }
        outcome(actions.rate(caseNumber, customer.require(), score, comment), "casePage.rating.thanks");
    }

    private void outcome(CaseActions.Outcome outcome, String doneKey) {
        switch (outcome) {
            case DONE -> info(doneKey);
            case NOT_ALLOWED -> error("casePage.notAllowed");
            case NOT_FOUND -> error("status.notFound");
        }
        refresh();
    }

    private static void info(String key) {
        message(FacesMessage.SEVERITY_INFO, key);
    }

    private static void error(String key) {
        message(FacesMessage.SEVERITY_ERROR, key);
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    public String sizeLimitMegabytes() {
        return Integer.toString(Attachments.MAX_BYTES / (1024 * 1024));
    }

    public CaseView getView() {
        return view;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
