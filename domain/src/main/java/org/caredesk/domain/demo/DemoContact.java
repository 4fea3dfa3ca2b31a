package org.caredesk.domain.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * One historical contact with a consumer.
 *
 * @param customerRef       the {@link DemoCustomer#ref()} of the sender; {@code null} for an anonymous consumer
 * @param channel           web, email, phone, chat or social
 * @param receivedAt        when it arrived
 * @param subject           non-null: a case is opened for it; null: a contact without a case (e.g. a phone note)
 * @param text              the message as written (or, for phone, the agent's note)
 * @param productCode       catalogue code of the product it is about; nullable
 * @param language          {@code en} or {@code it}
 * @param intendedSentiment negative, neutral or positive: what the writer meant (for evaluation only)
 * @param intendedHazard    null or fire, electric-shock, injury, choking, allergy-contamination, overheating,
 *                          vehicle-failure (for evaluation only)
 * @param senderName        anonymous contacts only: the name the consumer gave (a handle on social); nullable
 * @param senderEmail       anonymous contacts only: the e-mail the consumer gave; nullable, always null for customers
 * @param senderPhone       anonymous contacts only: the phone number the consumer gave; nullable
 */
public record DemoContact(
        String customerRef,
        String channel,
        Instant receivedAt,
        String subject,
        String text,
        String productCode,
        String language,
        String intendedSentiment,
        String intendedHazard,
        String senderName,
        String senderEmail,
        String senderPhone) {
    public DemoContact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(intendedSentiment, "intendedSentiment");
    }

    /** The contact without anonymous sender details (the original nine-component form). */
    public DemoContact(
            String customerRef,
            String channel,
            Instant receivedAt,
            String subject,
            String text,
            String productCode,
            String language,
            String intendedSentiment,
            String intendedHazard) {
        this(
                customerRef,
                channel,
                receivedAt,
                subject,
                text,
                productCode,
                language,
                intendedSentiment,
                intendedHazard,
                null,
                null,
                null);
    }

    /** Whether a case is opened for this contact. */
    public boolean opensCase() {
        return subject != null;
    }
}
