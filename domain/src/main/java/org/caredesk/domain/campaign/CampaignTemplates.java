package org.caredesk.domain.campaign;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.segment.SegmentCriteria;

/**
 * The campaign kinds that come out of the box: texts to start from and the segment they are meant
 * for. A satisfaction survey goes to people whose case was resolved lately; a product-safety
 * advisory to the owners of a product. (A recall is not a campaign: it keeps its own notices.)
 */
public final class CampaignTemplates {
    /** Texts to start from, in both languages. */
    public record Template(CampaignText english, CampaignText italian) {}

    private static final Set<ConsentPurpose> REACHABLE =
            EnumSet.of(ConsentPurpose.MARKETING, ConsentPurpose.CONTACT_BY_EMAIL);

    private CampaignTemplates() {}

    public static Template template(CampaignKind kind) {
        return switch (kind) {
            case SATISFACTION_SURVEY ->
                new Template(
                        new CampaignText(
                                "How did we do?",
                                "Hello {firstName},\n\nWe recently resolved your request. Would you tell us how we did?"
                                        + " It takes one minute:\nhttps://example.com/survey\n\nThank you."),
                        new CampaignText(
                                "Come siamo andati?",
                                "Gentile {firstName},\n\nabbiamo risolto di recente la sua richiesta. Ci dice come siamo"
                                        + " andati? Basta un minuto:\nhttps://example.com/survey\n\nGrazie."));
            case SAFETY_ADVISORY ->
                new Template(
                        new CampaignText(
                                "Safety advice for your product",
                                "Hello {firstName},\n\nAs the owner of this product, please read our safety advice:"
                                        + "\nhttps://example.com/safety\n\nReply to this mail with any question."),
                        new CampaignText(
                                "Consigli di sicurezza per il suo prodotto",
                                "Gentile {firstName},\n\ncome proprietario di questo prodotto, legga i nostri consigli di"
                                        + " sicurezza:\nhttps://example.com/safety\n\nRisponda a questa mail per ogni"
                                        + " domanda."));
            case MESSAGE -> new Template(new CampaignText("", ""), new CampaignText("", ""));
        };
    }

    /** People whose case was resolved in the last 30 days and who can be reached. */
    public static SegmentCriteria surveyed(LocalDate today) {
        return new SegmentCriteria(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                today.minusDays(30),
                null,
                null,
                REACHABLE);
    }

    /** Owners of the product who can be reached. */
    public static SegmentCriteria owners(long productId) {
        return new SegmentCriteria(
                Set.of(productId),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                REACHABLE);
    }
}
