package org.caredesk.console.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ResourceBundle;

/**
 * Hazard categories in the page's language ({@code #{hazards.label(a.hazard())}}); a category
 * without a label yet shows its wire name rather than a missing-key marker.
 */
@Named("hazards")
@ApplicationScoped
public class HazardLabels {

    public String label(String wireName) {
        if (wireName == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "hazard." + wireName;
        return bundle.containsKey(key) ? bundle.getString(key) : wireName;
    }
}
