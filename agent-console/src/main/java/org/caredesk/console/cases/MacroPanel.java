package org.caredesk.console.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.cases.macros.MacroApplication;
import org.caredesk.domain.cases.macros.MacroView;
import org.caredesk.domain.cases.macros.Macros;

/**
 * Applying a macro on the case page: the agent picks one and previews it (its reply, placeholders filled,
 * goes into the reply box to edit; the changes it will make are listed), then sends: the reply and the
 * macro's changes are saved together. Discarding leaves the case as it is.
 */
@Named
@ViewScoped
public class MacroPanel implements Serializable {
    private final transient Macros macros;
    private final transient MacroApplication application;
    private final CasePage casePage;
    private Long macroId;
    private MacroApplication.Preview staged;

    protected MacroPanel() {
        this(null, null, null);
    }

    @Inject
    public MacroPanel(Macros macros, MacroApplication application, CasePage casePage) {
        this.macros = macros;
        this.application = application;
        this.casePage = casePage;
    }

    /** The macros, those in the case's language first. */
    public List<MacroView> getMacros() {
        return macros.all(
                casePage.getDetail() == null ? "en" : casePage.getDetail().language());
    }

    /** Stages the chosen macro: its filled reply replaces an empty reply box or is added to what was typed. */
    public void preview() {
        if (macroId == null || casePage.getDetail() == null) {
            PageMessages.warn("macro.pick");
            return;
        }
        try {
            staged = application.preview(casePage.getNumber(), macroId, casePage.me());
            if (!staged.text().isBlank()) {
                casePage.appendToReply(staged.text());
            }
            casePage.macroPanel(this);
        } catch (IllegalArgumentException e) {
            staged = null;
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    /** Applies the staged macro's changes alone (a macro without reply text, or the agent emptied it). */
    public void applyWithoutReply() {
        if (staged == null) {
            return;
        }
        long id = staged.macroId();
        casePage.save(v -> applyChanges(v, id), "macro.applied");
        if (!casePage.conflicted()) {
            discard();
        }
    }

    /** The macro's changes on top of {@code version} (after the reply was sent); answers the new version. */
    long applyChanges(long version, long id) {
        return application.apply(casePage.getNumber(), version, id, "", casePage.me());
    }

    public void discard() {
        staged = null;
        macroId = null;
        casePage.macroPanel(null);
    }

    /** The staged macro's id, or null. */
    Long staged() {
        return staged == null ? null : staged.macroId();
    }

    public MacroApplication.Preview getStaged() {
        return staged;
    }

    /** The case's tags once the staged macro is applied, for the preview: "a, b" or "—". */
    public String getStagedTags() {
        return staged == null || staged.tags().isEmpty() ? "—" : String.join(", ", staged.tags());
    }

    public Long getMacroId() {
        return macroId;
    }

    public void setMacroId(Long macroId) {
        this.macroId = macroId;
    }
}
