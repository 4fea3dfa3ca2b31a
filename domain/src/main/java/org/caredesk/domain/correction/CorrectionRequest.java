package org.caredesk.domain.correction;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import org.caredesk.sentiment.hazard.HazardCategory;

/**
 * An agent's correction: {@code {"kind":"sentiment","value":"negative"}},
 * {@code {"kind":"add-hazard","value":"fire"}} or {@code {"kind":"remove-hazard","value":"fire"}}.
 */
public record CorrectionRequest(
        @NotNull
        @Pattern(
                regexp = "sentiment|add-hazard|remove-hazard",
                message = "must be sentiment, add-hazard or remove-hazard")
        String kind,

        @NotNull String value) {

    @AssertTrue(
            message = "value must be negative, neutral or positive for a sentiment correction, "
                    + "and a hazard category (fire, electric-shock, injury, choking, allergy-contamination, overheating, "
                    + "vehicle-failure) for a hazard correction")
    public boolean isValueValid() {
        if (kind == null || value == null) {
            return true; // reported by @NotNull
        }
        if ("sentiment".equals(kind)) {
            return value.equals("negative") || value.equals("neutral") || value.equals("positive");
        }
        return Arrays.stream(HazardCategory.values()).anyMatch(h -> h.wireName().equals(value));
    }

    CorrectionKind correctionKind() {
        return CorrectionKind.fromWireName(kind);
    }
}
