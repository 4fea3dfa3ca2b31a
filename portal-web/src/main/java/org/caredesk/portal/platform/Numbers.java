package org.caredesk.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts and sizes in the page's language, read when the page renders (a converter's locale is
 * fixed when the view is built, so a language switch would show the old format until a reload).
 */
@Named("numbers")
@ApplicationScoped
public class Numbers {

    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    public String kilobytes(long bytes) {
        return NumberFormat.getIntegerInstance(locale()).format(Math.max(1, (bytes + 1023) / 1024)) + " KB";
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale base = faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.ENGLISH;
        // Without a country there is no currency format ("it" alone prints "€9.99"): Italy and Ireland stand in.
        return "it".equals(base.getLanguage()) ? Locale.ITALY : new Locale("en", "IE");
    }
}
