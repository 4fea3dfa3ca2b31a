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

/** Reads which bulk action the page or the API asked for, naming what is wrong when it cannot. */
@ApplicationScoped
public class BulkChoice {
    static final List<String> ACTIONS = List.of("assign", "status", "priority", "tags");

    private final BulkActions actions;

    protected BulkChoice() {
        this(null);
    }

    @Inject
    public BulkChoice(BulkActions actions) {
        this.actions = actions;
    }

    BulkAction action(
            String action, String assignee, String status, String priority, List<String> add, List<String> remove) {
        String name = action == null ? "" : action.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "assign" -> actions.assign(assignee);
            case "status" -> actions.status(parse(CaseStatus.class, status, "status"));
            case "priority" -> actions.priority(parse(CasePriority.class, priority, "priority"));
            case "tags" -> actions.tags(add, remove);
            default -> throw new IllegalArgumentException("action must be one of " + ACTIONS);
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }
}
