package org.caredesk.domain.correction;

import java.util.Arrays;
import java.util.Locale;

/** What a correction changes. */
public enum CorrectionKind {
    /** The contact's sentiment label is replaced. */
    SENTIMENT,
    /** A hazard category the pipeline missed is added. */
    ADD_HAZARD,
    /** A hazard category the pipeline gave wrongly is removed. */
    REMOVE_HAZARD;

    /** JSON name, e.g. {@code "add-hazard"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CorrectionKind fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(k -> k.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown correction kind " + wireName));
    }
}
