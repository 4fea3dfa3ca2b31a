package org.caredesk.sentiment.warning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.caredesk.sentiment.hazard.HazardCategory;

/**
 * One tagged contact about one product, as the early-warning watch sees it.
 *
 * @param contactId   the contact's identifier, returned as evidence
 * @param receivedAt  when it arrived; contacts are fed in this order
 * @param productCode the catalogue product it is about
 * @param consumerKey who wrote (customer, e-mail or phone, normalised by the caller)
 * @param negative    whether its sentiment was negative; only negative contacts are counted
 * @param hazards     the hazard categories the pipeline found
 * @param text        the consumer's words, for emerging terms (may be empty)
 * @param severe      fire, crash, injury or death: by its words or by the source's flags
 * @param component   the part or system the source filed it under (a complaint feed's component, e.g. NHTSA's
 *                    "AIR BAGS:FRONTAL"), empty when it gave none; counted like an emerging term
 * @param modelYear   the product's model year as the source gave it, 0 when unknown; carried as evidence
 */
public record ObservedContact(
        String contactId,
        Instant receivedAt,
        String productCode,
        String consumerKey,
        boolean negative,
        List<HazardCategory> hazards,
        String text,
        boolean severe,
        String component,
        int modelYear) {

    /** A contact whose source gave no component and no model year (a message, a call). */
    public ObservedContact(
            String contactId,
            Instant receivedAt,
            String productCode,
            String consumerKey,
            boolean negative,
            List<HazardCategory> hazards,
            String text,
            boolean severe) {
        this(contactId, receivedAt, productCode, consumerKey, negative, hazards, text, severe, "", 0);
    }

    public ObservedContact {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(consumerKey, "consumerKey");
        hazards = List.copyOf(hazards);
        text = text == null ? "" : text;
        component = component == null ? "" : component.strip();
    }

    /** The same contact received at another time (counted on that day). */
    public ObservedContact at(Instant when) {
        return new ObservedContact(
                contactId, when, productCode, consumerKey, negative, hazards, text, severe, component, modelYear);
    }
}
