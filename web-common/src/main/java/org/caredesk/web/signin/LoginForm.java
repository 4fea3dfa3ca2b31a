package org.caredesk.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The sign-in form of either web application. Each WAR says in its web.xml where a signed-in
 * person lands ({@code caredesk.login.home}) and, for the console, which group may sign in at all
 * ({@code caredesk.login.requiredGroup}); the page's resource bundle ({@code msg}) words the refusal.
 */
@Named
@RequestScoped
public class LoginForm {
    static final String HOME_PARAMETER = "caredesk.login.home";
    public static final String REQUIRED_GROUP_PARAMETER = "caredesk.login.requiredGroup";
    /** The console's page that asks for the second factor after a right password (staff only). */
    public static final String SECOND_FACTOR_PAGE = "/second-factor.xhtml";

    private final FormSignIn formSignIn;
    private String email;
    private String password;
    private String next;

    protected LoginForm() {
        this(null);
    }

    @Inject
    public LoginForm(FormSignIn formSignIn) {
        this.formSignIn = formSignIn;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String requiredGroup = external.getInitParameter(REQUIRED_GROUP_PARAMETER);
        if (formSignIn.signIn(email, password) && (requiredGroup == null || external.isUserInRole(requiredGroup))) {
            String home = external.getInitParameter(HOME_PARAMETER);
            external.redirect(external.getRequestContextPath() + FormSignIn.safeNext(next, home == null ? "/" : home));
            return;
        }
        if (external.getRequestMap().get(PendingSignIn.REQUEST_ATTRIBUTE) != null) {
            String home = external.getInitParameter(HOME_PARAMETER);
            external.redirect(external.getRequestContextPath() + SECOND_FACTOR_PAGE + "?next="
                    + java.net.URLEncoder.encode(
                            FormSignIn.safeNext(next, home == null ? "/" : home),
                            java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (external.getRemoteUser() != null) {
            formSignIn.signOut(); // signed in, but not someone this application serves
        }
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString("login.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public void signOut() throws IOException {
        formSignIn.signOut();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + CareDeskAuthenticationMechanism.LOGIN_PAGE);
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
