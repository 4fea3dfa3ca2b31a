package org.caredesk.console.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.bulk.BulkAction;
import org.caredesk.domain.cases.bulk.BulkActions;

/** Reads the change a bulk request (the API's or the page's) asks for, naming what is wrong when it cannot. */
@ApplicationScoped
public class BulkChoice {
    private final BulkActions actions;

    protected BulkChoice() {
        this(null);
    }

    @Inject
    public BulkChoice(BulkActions actions) {
        this.actions = actions;
    }

    /**
     * The {@code change} of {@code POST /cases/bulk}: each field optional, null leaves the property as it is;
     * {@code assignee} "" gives the cases to nobody.
     */
    public record ChangeRequest(
            String status,
            String priority,
            List<String> tags,
            List<String> addTags,
            List<String> removeTags,
            String assignee,
            String macro,
            String mergeInto) {}

    BulkAction action(ChangeRequest change) {
        if (change == null) {
            throw new IllegalArgumentException("change is required");
        }
        if (change.mergeInto() != null) {
            if (change.macro() != null || otherChanges(change)) {
                throw new IllegalArgumentException("mergeInto cannot be combined with other changes");
            }
            return actions.mergeInto(change.mergeInto());
        }
        if (change.macro() != null) {
            // A macro brings its own reply and changes: mixing it with other changes would make two versions.
            if (otherChanges(change)) {
                throw new IllegalArgumentException("macro cannot be combined with other changes");
            }
            return actions.macro(macroId(change.macro()));
        }
        return actions.change(new BulkActions.Change(
                change.status() == null ? null : parse(CaseStatus.class, change.status(), "status"),
                change.priority() == null ? null : parse(CasePriority.class, change.priority(), "priority"),
                change.tags(),
                change.addTags(),
                change.removeTags(),
                change.assignee() != null,
                change.assignee()));
    }

    /** Whether the request also asks for a property change (a macro or a merge must come alone). */
    private static boolean otherChanges(ChangeRequest change) {
        return change.status() != null
                || change.priority() != null
                || change.tags() != null
                || change.addTags() != null
                || change.removeTags() != null
                || change.assignee() != null;
    }

    private static long macroId(String macro) {
        try {
            return Long.parseLong(macro.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("macro must be a macro's id");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }
}
