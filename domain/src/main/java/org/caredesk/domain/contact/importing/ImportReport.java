package org.caredesk.domain.contact.importing;

import java.util.List;

/**
 * What an import did: lines read, contacts stored, lines already imported (same externalId),
 * lines rejected (the first of them with their reasons), and products first heard of.
 */
public record ImportReport(
        int lines, int imported, int duplicates, int rejected, int newProducts, List<LineError> errors) {

    /** Why one line was not imported. */
    public record LineError(int line, String message) {}
}
