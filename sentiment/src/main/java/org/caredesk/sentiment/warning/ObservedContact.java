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
 */
public record ObservedContact(
        String contactId,
        Instant receivedAt,
        String productCode,
        String consumerKey,
        boolean negative,
        List<HazardCategory> hazards,
        String text,
        boolean severe) {
    public ObservedContact {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(consumerKey, "consumerKey");
        hazards = List.copyOf(hazards);
        text = text == null ? "" : text;
    }
}
