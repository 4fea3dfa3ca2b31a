package org.caredesk.domain.automation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.caredesk.domain.alert.Alert;
import org.caredesk.domain.alert.AlertStatus;
import org.caredesk.domain.cases.CaseLifecycleEvent;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutgoingMail;
import org.caredesk.domain.presence.AgentStatus;
import org.caredesk.domain.presence.SupervisionBoard;
import org.caredesk.domain.team.Team;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.caredesk.domain.webhook.WebhookOutbox;

/**
 * Does what a rule says to one case, in the caller's transaction, and writes each effective change on the
 * case's timeline ("rule X set priority urgent"). Setting what is already so changes nothing and is not
 * written. Answers whether the case itself changed (so "case updated" rules look again).
 */
final class RuleActions {
    static final String ACTOR = "automation";
    private final EntityManager entityManager;
    private final SupervisionBoard board;
    private final Mailer mailer;
    private final WebhookOutbox webhooks;

    RuleActions(EntityManager entityManager, SupervisionBoard board, Mailer mailer, WebhookOutbox webhooks) {
        this.entityManager = entityManager;
        this.board = board;
        this.mailer = mailer;
        this.webhooks = webhooks;
    }

    boolean apply(AutomationRule rule, SupportCase c, RuleTrigger trigger, Instant now) {
        RuleDefinition d = rule.definition();
        Timeline timeline = new Timeline(rule.getName(), c, now);
        boolean changed = false;
        if (d.assignTeam() != null) {
            Team team = entityManager.find(Team.class, d.assignTeam());
            if (team != null
                    && (c.getTeam() == null || !team.getId().equals(c.getTeam().getId()))) {
                c.assignToTeam(team);
                changed = timeline.add("team", team.getName());
            }
        }
        if (d.assignAgent() != null) {
            changed |= staff(d.assignAgent())
                    .map(agent -> assign(c, agent, timeline))
                    .orElse(false);
        }
        if (d.roundRobin()) {
            changed |=
                    nextOnline(rule, c).map(agent -> assign(c, agent, timeline)).orElse(false);
        }
        if (d.setPriority() != null) {
            CasePriority priority = CasePriority.valueOf(d.setPriority().toUpperCase(Locale.ROOT));
            if (c.getPriority() != priority) {
                c.changePriority(priority);
                c.scheduleSla(new SlaTargets(entityManager).lookup());
                changed = timeline.add("priority", d.setPriority());
            }
        }
        if (d.addTags() != null) {
            TreeSet<String> tags = new TreeSet<>(c.getTags());
            List<String> added = new ArrayList<>();
            for (String tag : d.addTags().split(",")) {
                String t = tag.strip();
                if (!t.isEmpty() && tags.size() < 20 && tags.add(t)) {
                    added.add(t);
                }
            }
            if (!added.isEmpty()) {
                c.replaceTags(List.copyOf(tags));
                changed = timeline.add("tags", String.join(", ", added));
            }
        }
        if (d.setStatus() != null) {
            CaseStatus status = CaseStatus.valueOf(d.setStatus().toUpperCase(Locale.ROOT));
            if (c.getStatus() != status) {
                c.changeStatus(status, now);
                c.scheduleSla(new SlaTargets(entityManager).lookup());
                changed = timeline.add("status", d.setStatus());
            }
        }
        if (d.linkAlert() && c.getProduct() != null) {
            Optional<Alert> alert = openAlert(c);
            if (alert.isPresent() && !alert.get().getId().equals(c.getAlertId())) {
                c.linkAlert(alert.get().getId());
                changed = timeline.add("alert", String.valueOf(alert.get().getId()));
            }
        }
        if (d.notifyEmail() != null) {
            List<String> to = recipients(d.notifyEmail(), c);
            for (String address : to) {
                mailer.send(new OutgoingMail(
                        address,
                        "CareDesk: " + rule.getName() + " · " + c.getCaseNumber(),
                        "Rule \"" + rule.getName() + "\" fired (" + trigger.wireName() + ") on case "
                                + c.getCaseNumber() + ": " + c.getSubject() + "\nPriority: "
                                + c.getPriority().name().toLowerCase(Locale.ROOT) + "\nProduct: "
                                + (c.productName() == null ? "-" : c.productName()) + "\n"));
            }
            if (!to.isEmpty()) {
                timeline.add("notify", String.join(", ", to));
            }
        }
        if (d.callWebhook() != null
                && webhooks.sendTo(
                        d.callWebhook(),
                        "rule.fired",
                        Map.of("rule", rule.getName(), "trigger", trigger.wireName(), "case", CaseSummary.of(c)))) {
            timeline.add("webhook", String.valueOf(d.callWebhook()));
        }
        return changed;
    }

    private boolean assign(SupportCase c, UserAccount agent, Timeline timeline) {
        if (c.getAssignee() != null && c.getAssignee().getId().equals(agent.getId())) {
            return false;
        }
        c.assignTo(agent);
        return timeline.add("assignee", agent.getEmail());
    }

    /**
     * The online agent after the one this rule last gave a case to, in login order: members of the case's
     * team when it has one, else every agent. Empty when nobody is online.
     */
    private Optional<UserAccount> nextOnline(AutomationRule rule, SupportCase c) {
        List<String> online = board.agents().stream()
                .filter(a -> "online".equals(a.status()))
                .map(AgentStatus::email)
                .filter(login -> c.getTeam() == null || c.getTeam().hasMember(login))
                .sorted(Comparator.naturalOrder())
                .toList();
        if (online.isEmpty()) {
            return Optional.empty();
        }
        String last = rule.roundRobinLast();
        String next = online.stream()
                .filter(login -> last == null || login.compareTo(last) > 0)
                .findFirst()
                .orElse(online.get(0));
        rule.roundRobinGave(next);
        return staff(next);
    }

    private List<String> recipients(String notify, SupportCase c) {
        if ("supervisors".equals(notify)) {
            return entityManager
                    .createQuery(
                            "SELECT u.email FROM UserAccount u WHERE u.role = :role AND u.enabled = true ORDER BY u.email",
                            String.class)
                    .setParameter("role", Role.SUPERVISOR)
                    .getResultList();
        }
        if ("team-lead".equals(notify)) {
            return c.getTeam() == null || c.getTeam().getLead() == null
                    ? List.of()
                    : List.of(c.getTeam().getLead().getEmail());
        }
        return List.of(notify);
    }

    private Optional<Alert> openAlert(SupportCase c) {
        return entityManager
                .createQuery(
                        "SELECT a FROM Alert a WHERE a.product = :product AND a.status IN :open ORDER BY a.raisedAt DESC",
                        Alert.class)
                .setParameter("product", c.getProduct())
                .setParameter("open", List.of(AlertStatus.RAISED, AlertStatus.ACKNOWLEDGED, AlertStatus.ESCALATED))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Optional<UserAccount> staff(String login) {
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login)
                .getResultStream()
                .findFirst()
                .filter(u -> u.getRole() != Role.CUSTOMER && u.isEnabled());
    }

    /** Writes what the rule did on the case's timeline. */
    private final class Timeline {
        private final String rule;
        private final SupportCase supportCase;
        private final Instant at;

        Timeline(String rule, SupportCase supportCase, Instant at) {
            this.rule = rule;
            this.supportCase = supportCase;
            this.at = at;
        }

        /** Always true: the caller marks the case changed in the same breath. */
        boolean add(String action, String value) {
            entityManager.persist(
                    new CaseLifecycleEvent(supportCase, at, ACTOR, CaseLifecycleEvent.Kind.RULE, rule, action, value));
            return true;
        }
    }
}
