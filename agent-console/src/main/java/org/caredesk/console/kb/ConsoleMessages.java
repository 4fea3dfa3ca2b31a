package org.caredesk.console.kb;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows a message from the console's bundle on the page. */
final class ConsoleMessages {
    private ConsoleMessages() {}

    static void info(String key) {
        add(null, FacesMessage.SEVERITY_INFO, text(key));
    }

    static void error(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
