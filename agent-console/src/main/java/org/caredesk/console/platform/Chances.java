package org.caredesk.console.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A probability for people ({@code #{chances.oneIn(a.pValue())}}): "about 1 in 13,000" rather than
 * "7.536E-5". Rounded to two significant figures, since the model behind it is no more precise.
 */
@Named("chances")
@ApplicationScoped
public class Chances {
    /** Below one in a million the figure means nothing more than "never by chance". */
    static final long FLOOR = 1_000_000;

    public String oneIn(double probability) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        Locale locale = faces.getViewRoot().getLocale();
        long n = odds(probability);
        String key = n >= FLOOR ? "chance.belowOneIn" : "chance.oneIn";
        return new MessageFormat(bundle.getString(key), locale)
                .format(new Object[] {NumberFormat.getIntegerInstance(locale).format(Math.min(n, FLOOR))});
    }

    /** N of "1 in N", to two significant figures; at least 1 (a certainty), at most {@link #FLOOR}. */
    static long odds(double probability) {
        if (!(probability > 0) || 1 / probability >= FLOOR) {
            return FLOOR;
        }
        double n = Math.max(1, 1 / probability);
        double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
        return Math.round(Math.round(n / scale) * scale);
    }
}
