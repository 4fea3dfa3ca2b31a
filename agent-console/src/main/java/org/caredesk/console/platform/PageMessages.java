package org.caredesk.console.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Messages for the signed-in staff member, in the page's language, from the console's bundle. */
public final class PageMessages {
    private PageMessages() {}

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return args.length == 0
                ? pattern
                : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    /** The signed-in staff member's login. */
    public static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public static boolean supervisor() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("supervisor");
    }

    /** The page's language as cases store it: "it" or "en". */
    public static String language() {
        java.util.Locale locale =
                FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return locale != null && "it".equals(locale.getLanguage()) ? "it" : "en";
    }
}
