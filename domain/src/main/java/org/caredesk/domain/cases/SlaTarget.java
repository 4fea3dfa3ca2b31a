package org.caredesk.domain.cases;

import java.time.Duration;

/** How fast a case of one channel and priority must get its first answer and its resolution. */
public record SlaTarget(String channel, String priority, int firstResponseMinutes, int resolutionMinutes) {
    public static final int MAX_MINUTES = 60 * 24 * 90;

    public SlaTarget {
        if (firstResponseMinutes < 1
                || resolutionMinutes < 1
                || firstResponseMinutes > MAX_MINUTES
                || resolutionMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("SLA targets are between 1 minute and 90 days");
        }
    }

    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration resolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }
}
