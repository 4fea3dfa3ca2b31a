package org.caredesk.console.recall;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.caredesk.domain.alert.AlertDetails;
import org.caredesk.domain.recall.RecallDraft;
import org.caredesk.domain.recall.RecallNoticeView;
import org.caredesk.domain.recall.RecallNotices;
import org.caredesk.domain.recall.SerialRange;
import org.caredesk.web.PathIds;

/**
 * A supervisor writes a recall notice ({@code supervisor/recall.xhtml?alert=ID} from an escalated
 * alert, or {@code ?product=CODE}): wording in English and/or Italian, remedy, serial range.
 */
@Named
@ViewScoped
public class RecallForm implements Serializable {
    private final transient RecallNotices notices;
    private final transient AlertDetails alerts;
    private final transient Validator validator;

    private String alert;
    private String productCode;
    private String productName;
    private String serialFrom;
    private String serialTo;
    private final Wording english = new Wording();
    private final Wording italian = new Wording();
    private RecallNoticeView issued;

    protected RecallForm() {
        this(null, null, null);
    }

    @Inject
    public RecallForm(RecallNotices notices, AlertDetails alerts, Validator validator) {
        this.notices = notices;
        this.alerts = alerts;
        this.validator = validator;
    }

    /** Takes the product from the alert when the form is opened from one. */
    public void load() {
        if (alert != null && !alert.isBlank()) {
            PathIds.parse(alert).flatMap(alerts::page).ifPresent(p -> {
                productCode = p.alert().productCode();
                productName = p.alert().product();
            });
        }
    }

    public String issue() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<RecallDraft.Text> texts = new ArrayList<>();
        english.addTo(texts, "en");
        italian.addTo(texts, "it");
        Long alertId =
                alert == null || alert.isBlank() ? null : PathIds.parse(alert).orElse(null);
        RecallDraft draft = new RecallDraft(productCode, alertId, serialFrom, serialTo, texts);
        ResourceBundle msg = bundle(faces);
        Set<ConstraintViolation<RecallDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            error(faces, msg.getString("recall.incomplete"));
            return null;
        }
        if (!new SerialRange(serialFrom, serialTo).isOrdered()) {
            error(faces, msg.getString("recall.serialsReversed"));
            return null;
        }
        try {
            issued = notices.issue(draft, faces.getExternalContext().getRemoteUser());
        } catch (IllegalStateException e) {
            error(faces, msg.getString("recall.alertNotEscalated"));
            return null;
        } catch (IllegalArgumentException e) {
            error(faces, msg.getString("recall.unknownProduct"));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        msg.getString("recall.issued") + " " + issued.reach().owners(),
                        null));
        return "/supervisor/recalls?faces-redirect=true";
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** The notice in one language; a language left wholly empty is not written. */
    public static final class Wording implements Serializable {
        private String title;
        private String body;
        private String remedy;

        void addTo(List<RecallDraft.Text> texts, String language) {
            if (isBlank(title) && isBlank(body) && isBlank(remedy)) {
                return;
            }
            texts.add(new RecallDraft.Text(language, title, body, remedy));
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public String getRemedy() {
            return remedy;
        }

        public void setRemedy(String remedy) {
            this.remedy = remedy;
        }
    }

    public Wording getEnglish() {
        return english;
    }

    public Wording getItalian() {
        return italian;
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }

    public String getProductName() {
        return productName;
    }

    public String getSerialFrom() {
        return serialFrom;
    }

    public void setSerialFrom(String serialFrom) {
        this.serialFrom = serialFrom;
    }

    public String getSerialTo() {
        return serialTo;
    }

    public void setSerialTo(String serialTo) {
        this.serialTo = serialTo;
    }
}
