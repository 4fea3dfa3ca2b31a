package org.caredesk.domain.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.team.Team;
import org.caredesk.domain.webhook.Webhook;

/** Supervisors write, reorder and remove automation rules; they run in position order. */
@ApplicationScoped
@Transactional
public class Rules {
    private final EntityManager entityManager;

    protected Rules() {
        this(null);
    }

    @Inject
    public Rules(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<RuleView> all() {
        return ordered().stream().map(AutomationRule::view).toList();
    }

    public Optional<RuleView> byId(long id) {
        return Optional.ofNullable(entityManager.find(AutomationRule.class, id)).map(AutomationRule::view);
    }

    /** Adds a rule at the end of the running order. */
    public RuleView create(RuleDefinition definition) {
        AutomationRule rule = new AutomationRule(ordered().size() + 1, checked(definition));
        entityManager.persist(rule);
        entityManager.flush();
        return rule.view();
    }

    public RuleView update(long id, RuleDefinition definition) {
        AutomationRule rule = rule(id);
        rule.define(checked(definition));
        return rule.view();
    }

    public void delete(long id) {
        AutomationRule rule = rule(id);
        entityManager
                .createQuery("DELETE FROM RuleFiring f WHERE f.ruleId = :id")
                .setParameter("id", id)
                .executeUpdate();
        entityManager.remove(rule);
        renumber(ordered().stream().filter(r -> !r.getId().equals(id)).toList());
    }

    /** Moves a rule one place earlier ({@code up}) or later in the running order. */
    public List<RuleView> move(long id, boolean up) {
        List<AutomationRule> rules = new java.util.ArrayList<>(ordered());
        int at = rules.indexOf(rule(id));
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < rules.size()) {
            java.util.Collections.swap(rules, at, to);
        }
        renumber(rules);
        return rules.stream().map(AutomationRule::view).toList();
    }

    private void renumber(List<AutomationRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).moveTo(i + 1);
        }
    }

    private List<AutomationRule> ordered() {
        return entityManager
                .createQuery("SELECT r FROM AutomationRule r ORDER BY r.position, r.id", AutomationRule.class)
                .getResultList();
    }

    private AutomationRule rule(long id) {
        AutomationRule rule = entityManager.find(AutomationRule.class, id);
        if (rule == null) {
            throw new IllegalArgumentException("No rule " + id);
        }
        return rule;
    }

    private RuleDefinition checked(RuleDefinition definition) {
        return RuleChecks.checked(
                definition,
                team -> entityManager.find(Team.class, team) != null,
                hook -> entityManager.find(Webhook.class, hook) != null);
    }
}
