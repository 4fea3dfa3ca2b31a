package org.caredesk.portal.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.campaign.CampaignTracking;

/**
 * The page a campaign mail's unsubscribe link opens: the marketing consent is withdrawn as the page
 * loads, with no sign-in (the signed token is the proof), and the page says so.
 */
@Named
@RequestScoped
public class UnsubscribePage {
    private final CampaignTracking tracking;
    private String token;
    private CampaignTracking.Unsubscribe outcome;

    protected UnsubscribePage() {
        this(null);
    }

    @Inject
    public UnsubscribePage(CampaignTracking tracking) {
        this.tracking = tracking;
    }

    public void onLoad() {
        outcome = tracking.unsubscribe(token);
    }

    public boolean isDone() {
        return outcome != null && outcome != CampaignTracking.Unsubscribe.UNKNOWN_LINK;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
