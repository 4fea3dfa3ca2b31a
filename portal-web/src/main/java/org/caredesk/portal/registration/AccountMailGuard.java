package org.caredesk.portal.registration;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.OptionalLong;
import org.caredesk.domain.ratelimit.AccountMailLimiter;

/** The pages' side of {@link AccountMailLimiter}: says on the form when this address asked for too many mails. */
final class AccountMailGuard {
    private AccountMailGuard() {}

    /** True (and a message on the form) when no mail may be requested from this client now. */
    static boolean refused(FacesContext faces, AccountMailLimiter limiter) {
        String client = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        OptionalLong retryAfter = limiter.acquire(client);
        if (retryAfter.isEmpty()) {
            return false;
        }
        String text = MessageFormat.format(
                faces.getApplication().getResourceBundle(faces, "msg").getString("mail.tooMany"),
                Math.max(1, retryAfter.getAsLong() / 60));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
        return true;
    }
}
