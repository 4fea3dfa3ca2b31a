package org.caredesk.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.security.FormSignIn;

import java.io.IOException;

/** The customers' sign-in form. */
@Named
@RequestScoped
public class LoginPage {
    private final FormSignIn formSignIn;
    private String email;
    private String password;
    private String next;

    protected LoginPage() {
        this(null);
    }

    @Inject
    public LoginPage(FormSignIn formSignIn) {
        this.formSignIn = formSignIn;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (formSignIn.signIn(email, password)) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + FormSignIn.safeNext(next, "/account/index.xhtml"));
            return;
        }
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString("login.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public void signOut() throws IOException {
        formSignIn.signOut();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
