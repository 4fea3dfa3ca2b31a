package org.caredesk.domain.cases.macros;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.cases.CaseDetail;
import org.caredesk.domain.cases.CaseDetails;
import org.caredesk.domain.cases.CaseNotFoundException;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.StaffNames;
import org.caredesk.domain.user.UserAccount;

/**
 * An agent applies a macro to a case: first the preview (the reply with its placeholders filled, and the
 * changes it will make), then, with the reply as the agent edited it, everything in one transaction: the
 * reply to the consumer, then status, priority, added tags and assignee. The one entry point for the case
 * page, the API, bulk actions and automation rules.
 */
@ApplicationScoped
@Transactional
public class MacroApplication {
    private final Macros macros;
    private final CaseDetails details;
    private final CaseWork work;
    private final AuditLog audit;
    private final EntityManager entityManager;

    protected MacroApplication() {
        this(null, null, null, null, null);
    }

    @Inject
    public MacroApplication(
            Macros macros, CaseDetails details, CaseWork work, AuditLog audit, EntityManager entityManager) {
        this.macros = macros;
        this.details = details;
        this.work = work;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** What applying the macro would do: {@code text} the filled reply (empty when it only changes the case). */
    public record Preview(
            long macroId,
            String title,
            String text,
            String status,
            String priority,
            List<String> tags,
            String assignee,
            long version) {}

    public Preview preview(String caseNumber, long macroId, StaffMember by) {
        CaseDetail c = details.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        MacroView m = macros.find(macroId).orElseThrow(() -> new MacroNotFoundException(macroId));
        String text = MacroText.fill(
                m.body(),
                Map.of(
                        "customerName", nullToEmpty(c.customerName()),
                        "caseNumber", c.caseNumber(),
                        "product", nullToEmpty(c.product()),
                        "agent", agentName(by.login())));
        return new Preview(
                macroId,
                m.title(),
                text,
                m.status(),
                m.priority(),
                tagsAfter(c.tags(), m.tags()),
                MacroView.ME.equals(m.assignTo()) ? by.login() : m.assignTo(),
                c.version());
    }

    /**
     * Applies the macro to the case the staff member saw at {@code seenVersion}; {@code text} is the reply as
     * they edited it (null: the macro's own, filled; blank: no reply). Answers the case's new version; a
     * {@link org.caredesk.domain.cases.CaseConflictException} when the case moved on, and nothing changes.
     */
    public long apply(String caseNumber, long seenVersion, long macroId, String text, StaffMember by) {
        Preview p = preview(caseNumber, macroId, by);
        String reply = text == null ? p.text() : text;
        long version = seenVersion;
        if (!reply.isBlank()) {
            version = work.reply(caseNumber, version, reply, by);
        }
        CaseDetail now = details.find(caseNumber).orElseThrow();
        boolean reassign = p.assignee() != null && !p.assignee().equals(now.assignee());
        CaseWork.PropertyChanges changes = new CaseWork.PropertyChanges(
                p.status() == null ? null : CaseStatus.valueOf(p.status().toUpperCase(Locale.ROOT)),
                p.priority() == null ? null : CasePriority.valueOf(p.priority().toUpperCase(Locale.ROOT)),
                p.tags().equals(now.tags()) ? null : p.tags(),
                reassign,
                p.assignee());
        // The supervisor who wrote the macro chose its assignee: applying it may reassign even for an agent.
        StaffMember actor = reassign ? new StaffMember(by.login(), true) : by;
        version = work.changeProperties(caseNumber, version, changes, actor);
        audit.record(
                by.login(),
                "case.macro",
                now.customerId(),
                "case " + caseNumber,
                "macro " + macroId + " (" + p.title() + ") applied");
        return version;
    }

    private static List<String> tagsAfter(List<String> current, List<String> added) {
        Set<String> all = new LinkedHashSet<>(current);
        all.addAll(added);
        return all.stream().sorted().toList();
    }

    private String agentName(String login) {
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login)
                .getResultStream()
                .findFirst()
                .map(u -> StaffNames.firstName(u.getDisplayName()))
                .orElse(login);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
