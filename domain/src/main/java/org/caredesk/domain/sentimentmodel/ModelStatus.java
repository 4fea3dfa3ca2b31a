package org.caredesk.domain.sentimentmodel;

import java.util.Locale;

/** Where a retrained model stands. */
public enum ModelStatus {
    /** Being cross-validated and trained in the background. */
    TRAINING,
    /** Trained; can be switched on. */
    READY,
    /** In use by every application; at most one. */
    ACTIVE,
    /** Training failed; the failure says why. */
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
