package org.caredesk.console.correction;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.caredesk.domain.correction.ContactDetails;
import org.caredesk.domain.correction.CorrectionRequest;
import org.caredesk.domain.correction.TagCorrections;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.web.PathIds;

/**
 * One contact's text with its tags and evidence, and the controls to correct them
 * ({@code contact.xhtml?id=}). Other pages (e.g. a case page) can link here.
 */
@Named
@ViewScoped
public class ContactPage implements Serializable {
    private static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");
    private static final List<String> HAZARDS =
            Arrays.stream(HazardCategory.values()).map(HazardCategory::wireName).toList();

    private final transient TagCorrections corrections;
    private String id;
    private ContactDetails contact;
    private String sentiment;
    private String hazard;
    /** Message key of the last action's outcome: corrected, conflict; null before any. */
    private String outcome;

    protected ContactPage() {
        this(null);
    }

    @Inject
    public ContactPage(TagCorrections corrections) {
        this.corrections = corrections;
    }

    /** View action: opens the contact (audited), or leaves it null for "not found". */
    public void load() {
        contact = PathIds.parse(id)
                .flatMap(contactId -> corrections.open(contactId, agent()))
                .orElse(null);
        if (contact != null) {
            sentiment = contact.sentiment();
        }
    }

    public void correctSentiment() {
        apply(new CorrectionRequest("sentiment", sentiment));
    }

    public void addHazard() {
        apply(new CorrectionRequest("add-hazard", hazard));
    }

    public void removeHazard(String category) {
        apply(new CorrectionRequest("remove-hazard", category));
    }

    private void apply(CorrectionRequest request) {
        if (contact == null || request.value() == null) {
            return;
        }
        try {
            contact = corrections.correct(contact.id(), request, agent()).orElse(null);
            outcome = "corrected";
        } catch (IllegalStateException e) {
            outcome = "conflict";
        }
    }

    /** Hazard categories the contact does not have yet: what can be added. */
    public List<String> getAddableHazards() {
        if (contact == null) {
            return HAZARDS;
        }
        return HAZARDS.stream()
                .filter(h ->
                        contact.hazards().stream().noneMatch(t -> t.category().equals(h)))
                .toList();
    }

    public List<String> getSentiments() {
        return SENTIMENTS;
    }

    private static String agent() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ContactDetails getContact() {
        return contact;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
    }

    public String getHazard() {
        return hazard;
    }

    public void setHazard(String hazard) {
        this.hazard = hazard;
    }

    public String getOutcome() {
        return outcome;
    }
}
