package org.caredesk.domain.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.UnaryOperator;
import org.caredesk.domain.mail.notice.PublicLinks;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * The monthly cap per person ({@code CAREDESK_CAMPAIGN_MONTHLY_CAP}, default 4 campaign messages a
 * calendar month, UTC) and where the links in campaign mails point ({@code CAREDESK_PUBLIC_URL}).
 */
@ApplicationScoped
public class CampaignSettings {
    static final int DEFAULT_CAP = 4;

    private final int monthlyCap;
    private final String portal;

    public CampaignSettings() {
        this(CareDeskSettings.environment());
    }

    public CampaignSettings(UnaryOperator<String> lookup) {
        String cap = lookup.apply("CAREDESK_CAMPAIGN_MONTHLY_CAP");
        try {
            this.monthlyCap = cap == null || cap.isBlank() ? DEFAULT_CAP : Math.max(0, Integer.parseInt(cap.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("CAREDESK_CAMPAIGN_MONTHLY_CAP must be a whole number, got '" + cap + "'");
        }
        this.portal = PublicLinks.from(lookup).base();
    }

    public int monthlyCap() {
        return monthlyCap;
    }

    /** The portal's public address, without a trailing slash. */
    public String portal() {
        return portal;
    }
}
