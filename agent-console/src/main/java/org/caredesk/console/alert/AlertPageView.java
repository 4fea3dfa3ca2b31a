package org.caredesk.console.alert;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.caredesk.console.charts.ChartConfig;
import org.caredesk.domain.alert.AlertDecision;
import org.caredesk.domain.alert.AlertDetails;
import org.caredesk.domain.alert.AlertPage;
import org.caredesk.domain.alert.AlertWorkflow;
import org.caredesk.domain.recall.RecallNoticeView;
import org.caredesk.domain.recall.RecallNotices;
import org.caredesk.web.PathIds;

/**
 * The alert page ({@code alert.xhtml?id=}): the alert with its evidence, history and chart, for
 * agents to read and supervisors to decide on (acknowledge, escalate, dismiss, with a reason).
 */
@Named("alertPage")
@ViewScoped
public class AlertPageView implements Serializable {
    private static final String IN_WINDOW = "#c81e1e";
    private static final String OUTSIDE = "#9aa5b1";
    private static final String EXPECTED = "#243b53";

    private final transient AlertDetails details;
    private final transient AlertWorkflow workflow;
    private final transient RecallNotices recalls;
    private final transient Validator validator;

    private String id;
    private AlertPage page;
    private String reason;

    protected AlertPageView() {
        this(null, null, null, null);
    }

    @Inject
    public AlertPageView(AlertDetails details, AlertWorkflow workflow, RecallNotices recalls, Validator validator) {
        this.details = details;
        this.workflow = workflow;
        this.recalls = recalls;
        this.validator = validator;
    }

    /** Loads the alert named in the URL; an unknown or malformed id answers 404. */
    public void load() throws java.io.IOException {
        page = PathIds.parse(id).flatMap(details::page).orElse(null);
        if (page == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such alert");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public AlertPage getPage() {
        return page;
    }

    public boolean isSupervisor() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("supervisor") || external.isUserInRole("admin");
    }

    /** Whether the alert still waits for a decision of this kind. */
    public boolean can(String decision) {
        String status = page.alert().status();
        return switch (status) {
            case "raised" -> true;
            case "acknowledged" -> !"acknowledged".equals(decision);
            default -> false;
        };
    }

    public boolean isRecallPossible() {
        return isSupervisor() && "escalated".equals(page.alert().status());
    }

    public List<RecallNoticeView> getNotices() {
        return recalls.ofAlert(page.alert().id());
    }

    public void acknowledge() {
        decide("acknowledged");
    }

    public void escalate() {
        decide("escalated");
    }

    public void dismiss() {
        decide("dismissed");
    }

    private void decide(String status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isSupervisor()) {
            error(faces, text(faces, "alert.onlySupervisors"));
            return;
        }
        AlertDecision decision = new AlertDecision(status, reason == null || reason.isBlank() ? null : reason.trim());
        Set<ConstraintViolation<AlertDecision>> violations = validator.validate(decision);
        if (!violations.isEmpty()) {
            error(faces, text(faces, "alert.reasonRequired"));
            return;
        }
        try {
            workflow.decide(
                    page.alert().id(), decision, faces.getExternalContext().getRemoteUser());
            reason = null;
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, "alert.decided." + status), null));
        } catch (IllegalStateException e) {
            error(faces, text(faces, "alert.notAllowed"));
        }
        page = details.page(page.alert().id()).orElse(page);
    }

    /** The product's daily count of consumers reporting the hazard, the expected line, the window in red. */
    public String getChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<AlertPage.DailyCount> days = page.days();
        return ChartConfig.of("bar")
                .labels(days.stream().map(d -> d.day().toString()).toList())
                .bars(
                        text(faces, "alert.chart.observed"),
                        days.stream().map(AlertPage.DailyCount::consumers).toList(),
                        days.stream()
                                .map(d -> d.inWindow() ? IN_WINDOW : OUTSIDE)
                                .toList())
                .line(
                        text(faces, "alert.chart.expected"),
                        days.stream().map(AlertPage.DailyCount::expected).toList(),
                        EXPECTED,
                        true)
                .json();
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    private static String text(FacesContext faces, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
