package org.caredesk.portal.cases;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.cases.ConsumerMessages;
import org.caredesk.domain.ratelimit.TrackingCodeGuard;

/** Follow a case with its number and tracking code. */
@Named
@ViewScoped
public class CaseStatusPage implements Serializable {
    private final transient CaseQueries queries;
    private final transient ConsumerMessages messages;
    private final transient TrackingCodeGuard guard;
    private String caseNumber;
    private String reply;
    private String trackingCode;
    private CaseView view;

    protected CaseStatusPage() {
        this(null, null, null);
    }

    @Inject
    public CaseStatusPage(CaseQueries queries, ConsumerMessages messages, TrackingCodeGuard guard) {
        this.queries = queries;
        this.guard = guard;
        this.messages = messages;
    }

    /** A reply from whoever holds the code; the code is checked again, not taken from the earlier look-up. */
    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var bundle = faces.getApplication().getResourceBundle(faces, "msg");
        if (reply == null || reply.isBlank()) {
            String text = bundle.getString("casePage.reply.required");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        if (held(guard.mayTry(client())) || held(guard.acquireMessage(client()))) {
            return;
        }
        view = messages.add(caseNumber, trackingCode, null, reply.trim()).orElse(null);
        if (view == null) {
            guard.missed(client());
        }
        String text = bundle.getString(view == null ? "status.notFound" : "casePage.reply.sent");
        faces.addMessage(
                null,
                new FacesMessage(view == null ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO, text, text));
        reply = null;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public void lookUp() {
        if (held(guard.mayTry(client()))) {
            view = null;
            return;
        }
        view = queries.forTrackingCode(caseNumber, trackingCode).orElse(null);
        if (view == null) {
            guard.missed(client());
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = faces.getApplication().getResourceBundle(faces, "msg").getString("status.notFound");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        }
    }

    /** True (with the message saying how long to wait) when this address guessed too many codes. */
    private static boolean held(java.util.OptionalLong wait) {
        if (wait.isEmpty()) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = java.text.MessageFormat.format(
                faces.getApplication().getResourceBundle(faces, "msg").getString("status.tooMany"), wait.getAsLong());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        return true;
    }

    private static String client() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /** Opens the case straight away when the link carried both number and code. */
    public void onLoad() {
        if (view == null && caseNumber != null && trackingCode != null) {
            lookUp();
        }
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

    public String getTrackingCode() {
        return trackingCode;
    }

    public void setTrackingCode(String trackingCode) {
        this.trackingCode = trackingCode;
    }
}
