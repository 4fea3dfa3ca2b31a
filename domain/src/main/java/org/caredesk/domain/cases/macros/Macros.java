package org.caredesk.domain.cases.macros;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/** The macros: every agent reads them, supervisors write them (the boundaries check the role). */
@ApplicationScoped
@Transactional
public class Macros {
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 4000;

    private final EntityManager entityManager;

    protected Macros() {
        this(null);
    }

    @Inject
    public Macros(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All macros, those in {@code language} first, then by title. */
    public List<MacroView> all(String language) {
        return entityManager
                .createQuery("SELECT m FROM Macro m ORDER BY m.title, m.id", Macro.class)
                .getResultStream()
                .map(Macro::view)
                .sorted((a, b) -> Boolean.compare(
                        !a.language().equals(language), !b.language().equals(language)))
                .toList();
    }

    public Optional<MacroView> find(long id) {
        return Optional.ofNullable(entityManager.find(Macro.class, id)).map(Macro::view);
    }

    /** Creates ({@code id} null) or changes a macro; IllegalArgumentException names what is wrong. */
    public MacroView save(MacroView wanted) {
        MacroView clean = validated(wanted);
        Macro stored;
        if (clean.id() == null) {
            stored = new Macro(clean);
            entityManager.persist(stored);
        } else {
            stored = Optional.ofNullable(entityManager.find(Macro.class, clean.id()))
                    .orElseThrow(() -> new MacroNotFoundException(clean.id()));
            stored.change(clean);
        }
        entityManager.flush();
        return stored.view();
    }

    /** Deletes the macro; false when there was none. */
    public boolean delete(long id) {
        Macro macro = entityManager.find(Macro.class, id);
        if (macro == null) {
            return false;
        }
        entityManager.remove(macro);
        return true;
    }

    private MacroView validated(MacroView m) {
        if (m.title() == null || m.title().isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (m.title().strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title is longer than " + MAX_TITLE + " characters");
        }
        String body = m.body() == null || m.body().isBlank() ? null : m.body().strip();
        if (body != null && body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body is longer than " + MAX_BODY + " characters");
        }
        String language = m.language() == null ? "en" : m.language().trim().toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("it")) {
            throw new IllegalArgumentException("language must be one of [en, it]");
        }
        String status = oneOf(m.status(), CaseStatus.values(), "status");
        String priority = oneOf(m.priority(), CasePriority.values(), "priority");
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : m.tags()) {
            String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
            if (t.length() > CaseWork.MAX_TAG_LENGTH || t.contains(",")) {
                throw new IllegalArgumentException(
                        "a tag is longer than " + CaseWork.MAX_TAG_LENGTH + " characters or holds a comma");
            }
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        if (tags.size() > CaseWork.MAX_TAGS) {
            throw new IllegalArgumentException("more than " + CaseWork.MAX_TAGS + " tags");
        }
        String assignTo = m.assignTo() == null || m.assignTo().isBlank()
                ? null
                : m.assignTo().trim();
        if (assignTo != null && !assignTo.equals(MacroView.ME)) {
            assignTo = assignTo.toLowerCase(Locale.ROOT);
            if (!isStaff(assignTo)) {
                throw new IllegalArgumentException("assignTo must be a staff login or " + MacroView.ME);
            }
        }
        MacroView clean =
                new MacroView(m.id(), m.title().strip(), body, language, status, priority, List.copyOf(tags), assignTo);
        if (body == null && !clean.changesCase()) {
            throw new IllegalArgumentException("a macro needs a reply text or a change to the case");
        }
        return clean;
    }

    private boolean isStaff(String login) {
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login)
                .getResultStream()
                .anyMatch(u -> u.getRole() != Role.CUSTOMER && u.isEnabled());
    }

    private static <E extends Enum<E>> String oneOf(String value, E[] allowed, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(allowed)
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .filter(wanted::equals)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " must be one of "
                        + Arrays.stream(allowed)
                                .map(e -> e.name().toLowerCase(Locale.ROOT))
                                .toList()));
    }
}
