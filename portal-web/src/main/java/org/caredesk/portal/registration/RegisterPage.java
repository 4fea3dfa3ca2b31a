package org.caredesk.portal.registration;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import org.caredesk.domain.ratelimit.AccountMailLimiter;
import org.caredesk.domain.user.Registration;
import org.caredesk.portal.platform.LanguageSwitch;

/** "Create an account": the account opens once the e-mail is confirmed through the mailed link. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {
    private final transient Registration registration;
    private final LanguageSwitch languageSwitch;
    private final transient AccountMailLimiter mailLimiter;
    private String firstName;
    private String lastName;
    private String email;
    private String password;
    private boolean sent;

    protected RegisterPage() {
        this(null, null, null);
    }

    @Inject
    public RegisterPage(Registration registration, LanguageSwitch languageSwitch, AccountMailLimiter mailLimiter) {
        this.registration = registration;
        this.languageSwitch = languageSwitch;
        this.mailLimiter = mailLimiter;
    }

    public void register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var bundle = faces.getApplication().getResourceBundle(faces, "msg");
        if (AccountMailGuard.refused(faces, mailLimiter)) {
            return;
        }
        boolean accepted = registration.register(
                new Registration.Request(firstName, lastName, email, password, languageSwitch.getLanguage()),
                PortalLinks.page("/verify.xhtml?token="));
        password = null;
        if (!accepted) {
            String text = bundle.getString("register.invalid");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        sent = true;
    }

    public String getSentMessage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return MessageFormat.format(
                faces.getApplication().getResourceBundle(faces, "msg").getString("register.sent"), email);
    }

    public boolean isSent() {
        return sent;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
