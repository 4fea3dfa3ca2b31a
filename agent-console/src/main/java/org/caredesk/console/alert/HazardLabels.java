package org.caredesk.console.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Hazard categories in the page's language ({@code #{hazards.label(a.hazard())}}); a category
 * without a label yet shows its wire name rather than a missing-key marker.
 */
@Named("hazards")
@ApplicationScoped
public class HazardLabels {
    private static final String PREFIX = "hazard.";
    private static final String TERM = "term:";

    /** The wire names of the categories that have a label, for the live notifications (alerts-live.js). */
    public List<String> getAll() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return Collections.list(bundle.getKeys()).stream()
                .filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length()))
                .sorted()
                .toList();
    }

    public String label(String wireName) {
        if (wireName == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        if (wireName.startsWith(TERM)) {
            // An emerging term names itself; only its kind is translated.
            return bundle.getString("alert.term") + " \u201c" + wireName.substring(TERM.length()) + "\u201d";
        }
        String key = PREFIX + wireName;
        return bundle.containsKey(key) ? bundle.getString(key) : wireName;
    }
}
