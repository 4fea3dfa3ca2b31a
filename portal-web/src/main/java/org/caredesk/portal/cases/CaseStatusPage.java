package org.caredesk.portal.cases;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseView;

import java.io.Serializable;

/** Follow a case with its number and tracking code. */
@Named
@ViewScoped
public class CaseStatusPage implements Serializable {
    private final transient CaseQueries queries;
    private String caseNumber;
    private String trackingCode;
    private CaseView view;

    protected CaseStatusPage() {
        this(null);
    }

    @Inject
    public CaseStatusPage(CaseQueries queries) {
        this.queries = queries;
    }

    public void lookUp() {
        view = queries.forTrackingCode(caseNumber, trackingCode).orElse(null);
        if (view == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = faces.getApplication().getResourceBundle(faces, "msg").getString("status.notFound");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        }
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
