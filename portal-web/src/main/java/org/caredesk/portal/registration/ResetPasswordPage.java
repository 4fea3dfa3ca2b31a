package org.caredesk.portal.registration;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.caredesk.domain.user.PasswordReset;

/** Sets a new password with the mailed link. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {
    private final transient PasswordReset reset;
    private String token;
    private String password;
    private boolean done;

    protected ResetPasswordPage() {
        this(null);
    }

    @Inject
    public ResetPasswordPage(PasswordReset reset) {
        this.reset = reset;
    }

    public void save() {
        PasswordReset.Outcome outcome = reset.reset(token, password);
        password = null;
        if (outcome == PasswordReset.Outcome.CHANGED) {
            done = true;
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication()
                .getResourceBundle(faces, "msg")
                .getString(outcome == PasswordReset.Outcome.TOO_WEAK ? "password.tooShort" : "reset.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
