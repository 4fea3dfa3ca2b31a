package org.caredesk.console.models;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.caredesk.domain.sentimentmodel.ModelOverview;
import org.caredesk.domain.sentimentmodel.ModelVersionView;
import org.caredesk.domain.sentimentmodel.SentimentModelRegistry;
import org.caredesk.domain.sentimentmodel.SentimentModelSwitch;
import org.caredesk.domain.sentimentmodel.SentimentModelTraining;

/**
 * The supervisor's sentiment-model page: retrain (progress polled by the progress bar), compare
 * the new version's cross-validated figures with the model in use, switch it on, roll back.
 */
@Named
@ViewScoped
public class ModelsPage implements Serializable {
    private final transient SentimentModelRegistry registry;
    private final transient SentimentModelTraining training;
    private final transient SentimentModelSwitch modelSwitch;
    private ModelOverview overview;
    /** Message key of the last action's outcome; null before any. */
    private String outcome;

    protected ModelsPage() {
        this(null, null, null);
    }

    @Inject
    public ModelsPage(
            SentimentModelRegistry registry, SentimentModelTraining training, SentimentModelSwitch modelSwitch) {
        this.registry = registry;
        this.training = training;
        this.modelSwitch = modelSwitch;
    }

    public ModelOverview getOverview() {
        if (overview == null) {
            refresh();
        }
        return overview;
    }

    public void refresh() {
        overview = registry.overview();
    }

    /** The training version's progress; 100 when none is training (the bar then completes). */
    public int getProgress() {
        return training().map(ModelVersionView::progress).orElse(100);
    }

    public String getStep() {
        return training().map(ModelVersionView::step).orElse("");
    }

    public void train() {
        try {
            training.start(user(), 0);
            outcome = "started";
        } catch (IllegalStateException e) {
            outcome = "busy";
        }
        refresh();
    }

    public void activate(int version) {
        try {
            registry.activate(version, user());
            outcome = "activated";
        } catch (IllegalStateException e) {
            outcome = "conflict";
        }
        refresh();
    }

    public void rollback() {
        try {
            registry.rollback(user());
            outcome = "rolledBack";
        } catch (IllegalStateException e) {
            outcome = "conflict";
        }
        refresh();
    }

    /** The version this application is using right now (0 = bundled). */
    public int getLoadedVersion() {
        return modelSwitch.loadedVersion();
    }

    public String getOutcome() {
        return outcome;
    }

    /** A figure as a percentage with one decimal, or a dash when there is none. */
    public String percent(Double value) {
        return value == null
                ? "–"
                : String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f%%", 100 * value);
    }

    private Optional<ModelVersionView> training() {
        return registry.overview().versions().stream()
                .filter(v -> v.status().equals("training"))
                .findFirst();
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
