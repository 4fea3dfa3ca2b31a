package org.caredesk.console.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.cases.SlaTarget;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.macros.MacroView;
import org.caredesk.domain.cases.macros.Macros;
import org.caredesk.domain.secondfactor.SecondFactors;

/**
 * Supervisor settings: SLA targets per channel and priority, the macros, and whether staff must sign in with a
 * second factor (web.xml: supervisors only).
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {
    private final transient SlaTargets slaTargets;
    private final transient Macros macros;
    private final transient SecondFactors secondFactors;
    private Boolean secondFactorRequired;
    private List<TargetRow> targets;
    private List<MacroView> replies;
    private Long editId;
    private String editTitle;
    private String editBody;
    private String editLanguage = "en";
    private String editStatus;
    private String editPriority;
    private String editTags;
    private String editAssignTo;

    protected SettingsPage() {
        this(null, null, null);
    }

    @Inject
    public SettingsPage(SlaTargets slaTargets, Macros macros, SecondFactors secondFactors) {
        this.slaTargets = slaTargets;
        this.macros = macros;
        this.secondFactors = secondFactors;
    }

    public boolean isSecondFactorRequired() {
        if (secondFactorRequired == null) {
            secondFactorRequired = secondFactors.required();
        }
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean required) {
        this.secondFactorRequired = required;
    }

    /** Makes a second factor mandatory (or optional) for staff sign-in; supervisors only (web.xml). */
    public void saveSecondFactor() {
        secondFactors.require(isSecondFactorRequired(), PageMessages.user());
        PageMessages.info("settings.secondFactor.saved");
    }

    /** An editable row of the SLA grid. */
    public static final class TargetRow implements Serializable {
        private final String channel;
        private final String priority;
        private Integer firstResponse;
        private Integer resolution;

        TargetRow(SlaTarget target) {
            this.channel = target.channel();
            this.priority = target.priority();
            this.firstResponse = target.firstResponseMinutes();
            this.resolution = target.resolutionMinutes();
        }

        public String getChannel() {
            return channel;
        }

        public String getPriority() {
            return priority;
        }

        public Integer getFirstResponse() {
            return firstResponse;
        }

        public void setFirstResponse(Integer firstResponse) {
            this.firstResponse = firstResponse;
        }

        public Integer getResolution() {
            return resolution;
        }

        public void setResolution(Integer resolution) {
            this.resolution = resolution;
        }
    }

    public List<TargetRow> getTargets() {
        if (targets == null) {
            targets = new ArrayList<>(
                    slaTargets.all().stream().map(TargetRow::new).toList());
        }
        return targets;
    }

    public void saveTargets() {
        try {
            slaTargets.save(targets.stream()
                    .map(r -> new SlaTarget(r.channel, r.priority, r.firstResponse, r.resolution))
                    .toList());
            targets = null;
            PageMessages.info("settings.sla.saved");
        } catch (IllegalArgumentException | NullPointerException e) {
            PageMessages.error("settings.sla.invalid");
        }
    }

    public List<MacroView> getReplies() {
        if (replies == null) {
            replies = macros.all("en");
        }
        return replies;
    }

    public void edit(MacroView macro) {
        editId = macro.id();
        editTitle = macro.title();
        editBody = macro.body();
        editLanguage = macro.language();
        editStatus = macro.status();
        editPriority = macro.priority();
        editTags = String.join(", ", macro.tags());
        editAssignTo = macro.assignTo();
    }

    public void newReply() {
        editId = null;
        editTitle = null;
        editBody = null;
        editLanguage = "en";
        editStatus = null;
        editPriority = null;
        editTags = null;
        editAssignTo = null;
    }

    public void saveReply() {
        try {
            macros.save(new MacroView(
                    editId,
                    editTitle,
                    editBody,
                    editLanguage,
                    editStatus,
                    editPriority,
                    editTags == null ? List.of() : java.util.Arrays.asList(editTags.split(",")),
                    editAssignTo));
            replies = null;
            newReply();
            PageMessages.info("settings.canned.saved");
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    public void deleteReply(long id) {
        macros.delete(id);
        replies = null;
        PageMessages.info("settings.canned.deleted");
    }

    /** What a macro changes besides replying, for the list: "status: resolved · tags: refund". */
    public String changesOf(MacroView m) {
        List<String> parts = new ArrayList<>();
        if (m.status() != null) {
            parts.add(PageMessages.text("case.status") + ": " + PageMessages.text("status." + m.status()));
        }
        if (m.priority() != null) {
            parts.add(PageMessages.text("queue.priority") + ": " + PageMessages.text("priority." + m.priority()));
        }
        if (!m.tags().isEmpty()) {
            parts.add(PageMessages.text("case.tags") + ": " + String.join(", ", m.tags()));
        }
        if (m.assignTo() != null) {
            parts.add(PageMessages.text("queue.assignee") + ": "
                    + (MacroView.ME.equals(m.assignTo()) ? PageMessages.text("macro.assignMe") : m.assignTo()));
        }
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    public String getEditStatus() {
        return editStatus;
    }

    public void setEditStatus(String editStatus) {
        this.editStatus = editStatus;
    }

    public String getEditPriority() {
        return editPriority;
    }

    public void setEditPriority(String editPriority) {
        this.editPriority = editPriority;
    }

    public String getEditTags() {
        return editTags;
    }

    public void setEditTags(String editTags) {
        this.editTags = editTags;
    }

    public String getEditAssignTo() {
        return editAssignTo;
    }

    public void setEditAssignTo(String editAssignTo) {
        this.editAssignTo = editAssignTo;
    }

    public Long getEditId() {
        return editId;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public String getEditLanguage() {
        return editLanguage;
    }

    public void setEditLanguage(String editLanguage) {
        this.editLanguage = editLanguage;
    }
}
