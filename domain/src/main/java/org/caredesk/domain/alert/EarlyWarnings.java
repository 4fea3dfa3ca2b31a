package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caredesk.sentiment.warning.EarlyWarningDetector;
import org.caredesk.sentiment.warning.TaggedContact;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs the early-warning detector over the contact history and turns its warnings into alerts.
 * Each scan replays the negative, hazard-tagged contacts in {@code receivedAt} order through a
 * fresh detector, so imported history counts exactly as if it had arrived live; alerts already
 * raised are not raised again, and dismissed patterns are not raised for the same window.
 * Only the console application scans, so two applications never raise the same alert twice.
 */
@ApplicationScoped
public class EarlyWarnings {
    private static final Logger LOG = Logger.getLogger(EarlyWarnings.class.getName());

    private final WarningInputs inputs;
    private final AlertWriter writer;

    protected EarlyWarnings() {
        this(null, null);
    }

    @Inject
    public EarlyWarnings(WarningInputs inputs, AlertWriter writer) {
        this.inputs = inputs;
        this.writer = writer;
    }

    /** Scans the history and returns the alerts raised now. */
    public synchronized List<AlertView> scan() {
        EarlyWarningDetector detector = new EarlyWarningDetector();
        for (Alert dismissed : inputs.dismissed()) {
            WarningInputs.category(dismissed.getHazard()).ifPresent(category -> detector.dismiss(
                    dismissed.getProduct().getCode(), category, dismissed.getWindowStart(), dismissed.getWindowEnd()));
        }
        List<AlertView> raised = new ArrayList<>();
        List<TaggedContact> contacts = inputs.negativeHazardContacts();
        for (TaggedContact contact : contacts) {
            detector.accept(contact).flatMap(writer::raise).ifPresent(raised::add);
        }
        if (!raised.isEmpty()) {
            LOG.info(() -> "Early warnings: " + raised.size() + " new alerts from " + contacts.size() + " hazard contacts");
        }
        return raised;
    }
}
