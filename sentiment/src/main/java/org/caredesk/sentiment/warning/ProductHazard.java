package org.caredesk.sentiment.warning;

import java.util.Objects;
import org.caredesk.sentiment.hazard.HazardCategory;

/** What the detector counts separately: one product and one hazard category. */
record ProductHazard(String productCode, HazardCategory hazard) {
    ProductHazard {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hazard, "hazard");
    }
}
