package org.caredesk.sentiment.warning;

import java.time.Instant;
import java.util.Objects;
import org.caredesk.sentiment.hazard.HazardCategory;

/**
 * One contact as the detector sees it, after tagging.
 *
 * @param contactId   the contact's identifier, returned as evidence in alerts
 * @param receivedAt  when the contact arrived; contacts are fed in this order
 * @param productCode the catalogue product the contact is about
 * @param hazard      the hazard category the pipeline found (one record per category)
 * @param consumerKey who wrote: customer id, e-mail or phone, normalised by the caller; repeated
 *                    messages from one consumer count once per day and per window
 * @param negative    whether the contact's sentiment was negative; only negative contacts count
 */
public record TaggedContact(
        String contactId,
        Instant receivedAt,
        String productCode,
        HazardCategory hazard,
        String consumerKey,
        boolean negative) {
    public TaggedContact {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(consumerKey, "consumerKey");
    }
}
