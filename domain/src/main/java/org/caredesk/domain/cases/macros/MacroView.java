package org.caredesk.domain.cases.macros;

import java.util.List;

/**
 * A macro as supervisors edit it and agents pick it: {@code id} null for a new one; {@code body} the reply
 * text with placeholders (null: the macro only changes the case); {@code status}, {@code priority} and
 * {@code assignTo} null to leave them; {@code tags} are added to the case's.
 */
public record MacroView(
        Long id,
        String title,
        String body,
        String language,
        String status,
        String priority,
        List<String> tags,
        String assignTo) {
    /** {@code assignTo} value: the case goes to the staff member who applies the macro. */
    public static final String ME = "@me";

    public MacroView {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether the macro changes anything besides replying. */
    public boolean changesCase() {
        return status != null || priority != null || !tags.isEmpty() || assignTo != null;
    }
}
