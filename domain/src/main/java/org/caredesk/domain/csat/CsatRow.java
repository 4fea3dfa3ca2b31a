package org.caredesk.domain.csat;

/**
 * One row of the CSAT table: {@code group} is an agent's name or a product ({@code null}: no agent, or no
 * catalogue product); {@code satisfied} counts ratings of 4 and 5.
 */
public record CsatRow(String group, String key, long ratings, double average, long satisfied, long comments) {
    /** Share of satisfied ratings, 0-1. */
    public double satisfiedShare() {
        return ratings == 0 ? 0 : (double) satisfied / ratings;
    }
}
