package org.caredesk.domain.cases.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caredesk.domain.cases.CaseMerge;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.cases.macros.MacroApplication;
import org.caredesk.domain.cases.macros.Macros;

/**
 * The bulk actions the queue and the API offer: a change of properties, applied to each case as one
 * {@link CaseWork#changeTogether} (its version check, its rules on who may do what, one {@code case.updated}
 * event), and a macro, applied to each case as {@link MacroApplication#apply} does for one (its reply and its
 * changes in one transaction), and a merge into one survivor.
 */
@ApplicationScoped
public class BulkActions {
    private final CaseWork work;
    private final MacroApplication macros;
    private final Macros macroCatalogue;
    private final CaseMerge merges;
    private final EntityManager entityManager;

    protected BulkActions() {
        this(null, null, null, null, null);
    }

    @Inject
    public BulkActions(
            CaseWork work,
            MacroApplication macros,
            Macros macroCatalogue,
            CaseMerge merges,
            EntityManager entityManager) {
        this.work = work;
        this.macros = macros;
        this.macroCatalogue = macroCatalogue;
        this.merges = merges;
        this.entityManager = entityManager;
    }

    /**
     * Merges each case into {@code survivor} as {@link CaseMerge#merge} does for one (duplicates found in a view
     * or a search). The survivor itself, if listed, is refused like any merge of a case into itself.
     */
    public BulkAction mergeInto(String survivor) {
        String into = survivor == null ? "" : survivor.trim().toUpperCase(Locale.ROOT);
        current(into); // an unknown survivor is refused before any case is touched
        return new BulkAction() {
            @Override
            public String name() {
                return "merge";
            }

            @Override
            public long applyTo(String number, Long seenVersion, StaffMember by) {
                long version = seenVersion == null ? current(number).getVersion() : seenVersion;
                return merges.merge(number, version, into, by);
            }
        };
    }

    /**
     * Applies macro {@code macroId} to each case, with the macro's own reply filled in for that case. An unknown
     * macro is refused before any case is touched.
     */
    public BulkAction macro(long macroId) {
        if (macroCatalogue.find(macroId).isEmpty()) {
            throw new IllegalArgumentException("No macro " + macroId);
        }
        return new BulkAction() {
            @Override
            public String name() {
                return "macro";
            }

            @Override
            public long applyTo(String number, Long seenVersion, StaffMember by) {
                long version = seenVersion == null ? current(number).getVersion() : seenVersion;
                return macros.apply(number, version, macroId, null, by);
            }
        };
    }

    /**
     * What a property change sets; a null field stays as it is. {@code tags} replaces the case's tags,
     * {@code addTags} and {@code removeTags} add to and take from them; {@code assignee} counts when
     * {@code reassign} (blank: nobody).
     */
    public record Change(
            CaseStatus status,
            CasePriority priority,
            Collection<String> tags,
            Collection<String> addTags,
            Collection<String> removeTags,
            boolean reassign,
            String assignee) {
        boolean empty() {
            return status == null
                    && priority == null
                    && tags == null
                    && clean(addTags).isEmpty()
                    && clean(removeTags).isEmpty()
                    && !reassign;
        }
    }

    public BulkAction change(Change change) {
        if (change.empty()) {
            throw new IllegalArgumentException("change must set status, priority, tags or assignee");
        }
        Set<String> adding = clean(change.addTags());
        Set<String> removing = clean(change.removeTags());
        boolean editsTags = !adding.isEmpty() || !removing.isEmpty();
        return new BulkAction() {
            @Override
            public String name() {
                return "change";
            }

            @Override
            public long applyTo(String number, Long seenVersion, StaffMember by) {
                Collection<String> tags = change.tags();
                long version;
                if (editsTags || seenVersion == null) {
                    SupportCase current = current(number);
                    version = seenVersion == null ? current.getVersion() : seenVersion;
                    if (editsTags) {
                        Set<String> edited = new LinkedHashSet<>(tags == null ? current.getTags() : tags);
                        edited.addAll(adding);
                        edited.removeAll(removing);
                        tags = List.copyOf(edited);
                    }
                } else {
                    version = seenVersion;
                }
                return work.changeTogether(
                        number,
                        version,
                        new CaseWork.PropertyChanges(
                                change.status(), change.priority(), tags, change.reassign(), change.assignee()),
                        by);
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
