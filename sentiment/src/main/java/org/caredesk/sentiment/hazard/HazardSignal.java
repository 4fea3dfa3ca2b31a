package org.caredesk.sentiment.hazard;

import java.util.List;
import java.util.Objects;

/** One hazard category found in a text, with the phrases that produced it. */
public record HazardSignal(HazardCategory category, List<String> evidence) {
    public HazardSignal {
        Objects.requireNonNull(category, "category");
        evidence = List.copyOf(evidence);
    }
}
