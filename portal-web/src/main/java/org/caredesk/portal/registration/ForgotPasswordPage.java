package org.caredesk.portal.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.ratelimit.AccountMailLimiter;
import org.caredesk.domain.user.PasswordReset;
import org.caredesk.portal.platform.LanguageSwitch;

/** "Forgotten password": always the same answer, whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {
    private final PasswordReset reset;
    private final LanguageSwitch languageSwitch;
    private final AccountMailLimiter mailLimiter;
    private String email;
    private boolean sent;

    protected ForgotPasswordPage() {
        this(null, null, null);
    }

    @Inject
    public ForgotPasswordPage(PasswordReset reset, LanguageSwitch languageSwitch, AccountMailLimiter mailLimiter) {
        this.reset = reset;
        this.languageSwitch = languageSwitch;
        this.mailLimiter = mailLimiter;
    }

    public void send() {
        if (AccountMailGuard.refused(FacesContext.getCurrentInstance(), mailLimiter)) {
            return;
        }
        reset.request(email, languageSwitch.getLanguage(), PortalLinks.page("/reset-password.xhtml?token="));
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
