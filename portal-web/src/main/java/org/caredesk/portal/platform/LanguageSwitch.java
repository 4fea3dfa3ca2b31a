package org.caredesk.portal.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The consumer's language for this visit: the browser's first, then whatever they switch to. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {
    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "it".equals(requested.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = "it".equals(language) ? Locale.ITALIAN : Locale.ENGLISH;
    }
}
