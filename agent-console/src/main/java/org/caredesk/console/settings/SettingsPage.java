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
import org.caredesk.domain.cases.canned.CannedReplies;
import org.caredesk.domain.cases.canned.CannedReplyView;
import org.caredesk.domain.secondfactor.SecondFactors;

/**
 * Supervisor settings: SLA targets per channel and priority, the canned replies, and whether staff must
 * sign in with a second factor (web.xml: supervisors only).
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {
    private final transient SlaTargets slaTargets;
    private final transient CannedReplies cannedReplies;
    private final transient SecondFactors secondFactors;
    private Boolean secondFactorRequired;
    private List<TargetRow> targets;
    private List<CannedReplyView> replies;
    private Long editId;
    private String editTitle;
    private String editBody;
    private String editLanguage = "en";

    protected SettingsPage() {
        this(null, null, null);
    }

    @Inject
    public SettingsPage(SlaTargets slaTargets, CannedReplies cannedReplies, SecondFactors secondFactors) {
        this.slaTargets = slaTargets;
        this.cannedReplies = cannedReplies;
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

    public List<CannedReplyView> getReplies() {
        if (replies == null) {
            replies = cannedReplies.all("en");
        }
        return replies;
    }

    public void edit(CannedReplyView reply) {
        editId = reply.id();
        editTitle = reply.title();
        editBody = reply.body();
        editLanguage = reply.language();
    }

    public void newReply() {
        editId = null;
        editTitle = null;
        editBody = null;
        editLanguage = "en";
    }

    public void saveReply() {
        try {
            cannedReplies.save(new CannedReplyView(editId, editTitle, editBody, editLanguage));
            replies = null;
            newReply();
            PageMessages.info("settings.canned.saved");
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    public void deleteReply(long id) {
        cannedReplies.delete(id);
        replies = null;
        PageMessages.info("settings.canned.deleted");
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
