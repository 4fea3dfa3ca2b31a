package org.caredesk.domain.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.mail.inbound.MailLanded;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;

/**
 * The response to campaign mails: opens (the pixel), clicks (only to the campaign's own links, by
 * position: the counter can never be made to redirect elsewhere), unsubscribes (the marketing consent
 * withdrawn at once, no sign-in: the signed token is the proof) and replies (a landed mail naming a
 * campaign mail's Message-ID, from that person's address).
 */
@ApplicationScoped
@Transactional
public class CampaignTracking {
    /** What an unsubscribe link did. */
    public enum Unsubscribe {
        WITHDRAWN,
        TEST,
        UNKNOWN_LINK
    }

    private final EntityManager em;
    private final CampaignTokens tokens;
    private final ConsentCentre consents;
    private final Clock clock;

    protected CampaignTracking() {
        this(null, null, null, null);
    }

    @Inject
    public CampaignTracking(EntityManager em, CampaignTokens tokens, ConsentCentre consents, Clock clock) {
        this.em = em;
        this.tokens = tokens;
        this.consents = consents;
        this.clock = clock;
    }

    /** Answers whether the token named a message. */
    public boolean opened(String token) {
        Optional<CampaignMessage> message = message(token);
        message.ifPresent(m -> m.opened(clock.instant()));
        return message.isPresent();
    }

    /** Where click number {@code n} of the message's campaign leads, counting the click; empty for anything else. */
    public Optional<String> clicked(String token, int n) {
        Optional<CampaignMessage> message = message(token);
        if (message.isEmpty()) {
            return Optional.empty();
        }
        Campaign campaign = em.find(Campaign.class, message.get().getCampaignId());
        List<String> links =
                CampaignMail.links(campaign.text(message.get().getLanguage()).body());
        if (n < 0 || n >= links.size()) {
            return Optional.empty();
        }
        message.get().clicked(clock.instant());
        return Optional.of(links.get(n));
    }

    public Unsubscribe unsubscribe(String token) {
        Optional<CampaignMessage> message = message(token);
        if (message.isEmpty()) {
            return Unsubscribe.UNKNOWN_LINK;
        }
        message.get().unsubscribed(clock.instant());
        if (message.get().getCustomerId() == null) {
            return Unsubscribe.TEST;
        }
        consents.decide(message.get().getCustomerId(), ConsentPurpose.MARKETING, false, "unsubscribe link");
        return Unsubscribe.WITHDRAWN;
    }

    public void replied(@Observes MailLanded landed) {
        if (landed.threadIds().isEmpty() || landed.from() == null) {
            return;
        }
        List<CampaignMessage> answered = em.createQuery(
                        "SELECT m FROM CampaignMessage m WHERE m.mailId IN :ids AND m.customerId IS NOT NULL",
                        CampaignMessage.class)
                .setParameter("ids", landed.threadIds())
                .getResultList();
        for (CampaignMessage message : answered) {
            Customer customer = em.find(Customer.class, message.getCustomerId());
            if (customer != null
                    && customer.getEmail() != null
                    && customer.getEmail().equals(landed.from().toLowerCase(Locale.ROOT))) {
                message.replied(clock.instant(), landed.contactId());
            }
        }
    }

    private Optional<CampaignMessage> message(String token) {
        OptionalLong id = tokens.verify(token);
        return id.isPresent() ? Optional.ofNullable(em.find(CampaignMessage.class, id.getAsLong())) : Optional.empty();
    }
}
