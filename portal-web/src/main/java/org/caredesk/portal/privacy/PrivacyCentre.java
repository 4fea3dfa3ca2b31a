package org.caredesk.portal.privacy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.privacy.rights.AccountErasure;
import org.caredesk.domain.privacy.rights.DataAccessReport;
import org.caredesk.portal.account.SignedInCustomer;
import org.caredesk.web.signin.FormSignIn;

/** The privacy centre: consents with their history, data download, who looked, and erasure. */
@Named
@ViewScoped
public class PrivacyCentre implements Serializable {
    private final transient SignedInCustomer customer;
    private final transient ConsentCentre consents;
    private final transient DataAccessReport accessReport;
    private final transient AccountErasure erasure;
    private final transient FormSignIn formSignIn;

    private boolean byEmail;
    private boolean bySms;
    private boolean analytics;
    private boolean marketing;
    private boolean confirmErase;
    private boolean loaded;

    protected PrivacyCentre() {
        this(null, null, null, null, null);
    }

    @Inject
    public PrivacyCentre(
            SignedInCustomer customer,
            ConsentCentre consents,
            DataAccessReport accessReport,
            AccountErasure erasure,
            FormSignIn formSignIn) {
        this.customer = customer;
        this.consents = consents;
        this.accessReport = accessReport;
        this.erasure = erasure;
        this.formSignIn = formSignIn;
    }

    public void onLoad() {
        if (!loaded) {
            Map<ConsentPurpose, Boolean> current = consents.current(customer.require());
            byEmail = current.get(ConsentPurpose.CONTACT_BY_EMAIL);
            bySms = current.get(ConsentPurpose.CONTACT_BY_SMS);
            analytics = current.get(ConsentPurpose.ANALYTICS);
            marketing = current.get(ConsentPurpose.MARKETING);
            loaded = true;
        }
    }

    public void saveConsents() {
        long id = customer.require();
        int changed = (consents.decide(id, ConsentPurpose.CONTACT_BY_EMAIL, byEmail, "privacy centre") ? 1 : 0)
                + (consents.decide(id, ConsentPurpose.CONTACT_BY_SMS, bySms, "privacy centre") ? 1 : 0)
                + (consents.decide(id, ConsentPurpose.ANALYTICS, analytics, "privacy centre") ? 1 : 0)
                + (consents.decide(id, ConsentPurpose.MARKETING, marketing, "privacy centre") ? 1 : 0);
        message(FacesMessage.SEVERITY_INFO, changed == 0 ? "privacy.consents.unchanged" : "privacy.consents.saved");
    }

    public void erase() throws IOException {
        if (!confirmErase) {
            message(FacesMessage.SEVERITY_ERROR, "privacy.erase.confirmRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        erasure.erase(customer.login());
        formSignIn.signOut();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/erased.xhtml");
    }

    public List<ConsentCentre.Decision> getHistory() {
        return consents.history(customer.require());
    }

    /**
     * "What" of an access, in the page's language: the audit log keeps machine words ("customer.opened",
     * "looked up by phone"), people read a sentence.
     */
    public String what(DataAccessReport.Access access) {
        String detail = access.detail() == null ? "" : access.detail();
        String subject = access.subject() == null ? "" : access.subject();
        return switch (access.action() == null ? "" : access.action()) {
            case "customer.opened" ->
                detail.startsWith("looked up by phone")
                        ? text("privacy.what.lookupPhone")
                        : detail.startsWith("looked up by e-mail")
                                ? text("privacy.what.lookupEmail")
                                : detail.startsWith("opened from case ")
                                        ? text("privacy.what.fromCase", detail.substring("opened from case ".length()))
                                        : text("privacy.what.opened");
            case "attachment.opened" -> text("privacy.what.attachment", subject.replaceFirst("^case ", ""));
            case "contact.opened" -> text("privacy.what.contact");
            case "contact.corrected" -> text("privacy.what.corrected");
            default -> text("privacy.what.other");
        };
    }

    /** Where a consent decision was made, in the page's language ("registration", "privacy centre"). */
    public String source(String source) {
        String key = "privacy.source." + (source == null ? "" : source.replace(' ', '-'));
        FacesContext faces = FacesContext.getCurrentInstance();
        var bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : text("privacy.source.other");
    }

    private static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
    }

    public List<DataAccessReport.Access> getAccesses() {
        return accessReport.of(customer.require());
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }

    public boolean isBySms() {
        return bySms;
    }

    public void setBySms(boolean bySms) {
        this.bySms = bySms;
    }

    public boolean isMarketing() {
        return marketing;
    }

    public void setMarketing(boolean marketing) {
        this.marketing = marketing;
    }

    public boolean isAnalytics() {
        return analytics;
    }

    public void setAnalytics(boolean analytics) {
        this.analytics = analytics;
    }

    public boolean isConfirmErase() {
        return confirmErase;
    }

    public void setConfirmErase(boolean confirmErase) {
        this.confirmErase = confirmErase;
    }
}
