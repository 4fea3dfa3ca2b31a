package org.caredesk.domain.cases;

/** How a staff member is named to consumers: the first name only, as contact centres sign their replies. */
public final class StaffNames {
    private StaffNames() {}

    /** "Sam Rossi" gives "Sam"; a blank name gives null, so the caller says "Agent". */
    public static String firstName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        String trimmed = displayName.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
