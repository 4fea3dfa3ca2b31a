package org.caredesk.portal.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Help-article categories as people read them: articles carry a key ("product-safety"), pages show
 * its name in the page's language ("Sicurezza dei prodotti"). A category the bundles do not name yet
 * (one a supervisor just typed) is shown as words rather than as a key.
 */
@Named
@RequestScoped
public class CategoryNames {

    public String of(String category) {
        if (category == null || category.isBlank()) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "category." + category;
        return bundle.containsKey(key) ? bundle.getString(key) : asWords(category);
    }

    static String asWords(String key) {
        String words = key.replace('-', ' ').replace('_', ' ').trim();
        return words.isEmpty() ? key : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
