package org.caredesk.sentiment.hazard;

import java.util.Locale;

/** Kinds of product-safety hazard a consumer may report; what the early-warning detector counts. */
public enum HazardCategory {
    FIRE,
    ELECTRIC_SHOCK,
    INJURY,
    CHOKING,
    ALLERGY_CONTAMINATION,
    OVERHEATING,
    VEHICLE_FAILURE;

    /** Kebab-case name used in JSON and alerts, e.g. {@code "electric-shock"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
