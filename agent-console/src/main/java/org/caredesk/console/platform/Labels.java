package org.caredesk.console.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Stored values as people read them, in the page's language: {@code #{labels.of('channel.', c.channel())}}
 * gives "Web form" for "web" or Channel.WEB, {@code #{labels.euros(a.balance())}} gives "€12.50". A value
 * the bundle does not name yet is shown as it is rather than as "???key???". {@code #{labels.language('it')}}
 * names a language code ("Italian", "Italiano") so that no page shows a bare "it".
 */
@Named("labels")
@ApplicationScoped
public class Labels {
    /** One currency throughout, as the portal charges. */
    private static final Currency EURO = Currency.getInstance("EUR");

    public String of(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        String key = prefix + String.valueOf(value).toLowerCase(Locale.ROOT).replace('_', '-');
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : String.valueOf(value);
    }

    /**
     * The name of a stored language code in the page's language: the bundle's {@code language.<code>} when it
     * has one, else the JDK's name for it, else the code itself (an unknown tag is still better than nothing).
     */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String named = of("language.", code);
        if (!named.equals(code)) {
            return named;
        }
        Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
        return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(page) + name.substring(1);
    }

    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setCurrency(EURO);
        return format.format(amount);
    }
}
