package org.caredesk.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import org.caredesk.domain.platform.PlainText;

/**
 * Every text typed into a form of either application, cleaned on the way in ({@link PlainText#cleaned}):
 * registered for {@code java.lang.String} in each faces-config.xml, so no field can forget it.
 */
public class PlainTextConverter implements Converter<String> {
    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return PlainText.cleaned(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
