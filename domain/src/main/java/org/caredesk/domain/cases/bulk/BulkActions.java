package org.caredesk.domain.cases.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.SupportCase;

/**
 * The bulk actions the queue offers, each one {@link CaseWork} change per case (its version check, its
 * rules on who may do what, its one {@code case.updated} event).
 */
@ApplicationScoped
public class BulkActions {
    private final CaseWork work;
    private final EntityManager entityManager;

    protected BulkActions() {
        this(null, null);
    }

    @Inject
    public BulkActions(CaseWork work, EntityManager entityManager) {
        this.work = work;
        this.entityManager = entityManager;
    }

    /**
     * Gives the cases to {@code assignee} (a staff login; null or blank: nobody). Taking cases for oneself
     * is a claim, which any agent may do for a case nobody holds; giving them to someone else is a
     * supervisor's.
     */
    public BulkAction assign(String assignee) {
        String login =
                assignee == null || assignee.isBlank() ? null : assignee.trim().toLowerCase(Locale.ROOT);
        return action(
                "assign",
                (number, version, by) -> login != null && login.equals(by.login()) && !by.supervisor()
                        ? work.claim(number, version, by)
                        : work.assign(number, version, login, by));
    }

    public BulkAction status(CaseStatus status) {
        return action("status", (number, version, by) -> work.changeStatus(number, version, status, by));
    }

    public BulkAction priority(CasePriority priority) {
        return action("priority", (number, version, by) -> work.changePriority(number, version, priority, by));
    }

    /** Adds {@code add} to each case's tags and takes {@code remove} away; the others stay. */
    public BulkAction tags(Collection<String> add, Collection<String> remove) {
        Set<String> adding = clean(add);
        Set<String> removing = clean(remove);
        if (adding.isEmpty() && removing.isEmpty()) {
            throw new IllegalArgumentException("addTags or removeTags must name a tag");
        }
        return new BulkAction() {
            @Override
            public String name() {
                return "tags";
            }

            @Override
            public long applyTo(String number, Long seenVersion, StaffMember by) {
                SupportCase current = current(number);
                Set<String> tags = new LinkedHashSet<>(current.getTags());
                tags.addAll(adding);
                tags.removeAll(removing);
                long version = seenVersion == null ? current.getVersion() : seenVersion;
                return work.changeTags(number, version, List.copyOf(tags), by);
            }
        };
    }

    private interface Change {
        long apply(String number, long version, StaffMember by);
    }

    private BulkAction action(String name, Change change) {
        return new BulkAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long applyTo(String number, Long seenVersion, StaffMember by) {
                long version = seenVersion == null ? current(number).getVersion() : seenVersion;
                return change.apply(number, version, by);
            }
        };
    }

    private SupportCase current(String number) {
        return entityManager
                .createQuery("SELECT c FROM SupportCase c WHERE c.caseNumber = :number", SupportCase.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No case " + number));
    }

    private static Set<String> clean(Collection<String> tags) {
        Set<String> cleaned = new LinkedHashSet<>();
        if (tags != null) {
            tags.stream()
                    .filter(t -> t != null && !t.isBlank())
                    .map(t -> t.trim().toLowerCase(Locale.ROOT))
                    .forEach(cleaned::add);
        }
        return cleaned;
    }
}
