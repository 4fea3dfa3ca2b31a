package org.caredesk.domain.report;

/**
 * Narrows a report; a null field does not filter. Channel and priority are wire names, product a catalogue
 * code, agent a staff login. {@code team} is the hook for teams (issue 17 names them; the team model is
 * being built on another branch): a report refuses a team filter until teams exist.
 */
public record ReportFilter(
        String channel, String product, String category, String language, String agent, String team) {
    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null);
}
