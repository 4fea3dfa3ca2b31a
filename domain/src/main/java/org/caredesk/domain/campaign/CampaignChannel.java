package org.caredesk.domain.campaign;

import org.caredesk.domain.privacy.ConsentPurpose;

/**
 * How a campaign reaches a person, with the consent the channel needs besides the marketing one.
 * E-mail is sent today; SMS and post are modelled (consent, outcome) and refused until a sender exists.
 */
public enum CampaignChannel {
    EMAIL(ConsentPurpose.CONTACT_BY_EMAIL, true),
    SMS(ConsentPurpose.CONTACT_BY_SMS, false),
    POST(null, false);

    private final ConsentPurpose consent;
    private final boolean ready;

    CampaignChannel(ConsentPurpose consent, boolean ready) {
        this.consent = consent;
        this.ready = ready;
    }

    /** The channel's own consent, or null when the marketing consent alone suffices (post). */
    public ConsentPurpose consent() {
        return consent;
    }

    public boolean ready() {
        return ready;
    }
}
