package org.caredesk.domain.correction;

import java.time.Instant;
import java.util.List;

/** A contact in a list: enough to pick the one to open. */
public record ContactLine(
        long id,
        Instant receivedAt,
        String channel,
        String excerpt,
        String language,
        String sentiment,
        List<String> hazards) {}
