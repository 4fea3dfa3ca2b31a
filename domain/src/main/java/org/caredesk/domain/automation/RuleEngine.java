package org.caredesk.domain.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.presence.SupervisionBoard;
import org.caredesk.domain.webhook.WebhookOutbox;

/**
 * Runs the rules on one case, in the caller's transaction, in position order.
 *
 * <p>Loop protection: one event starts a chain; a rule that changes the case makes the "case updated"
 * rules look again within the same chain, but each rule fires at most once per chain. So two rules that
 * undo each other fire once each and the chain ends. The one {@code case.updated} the chain publishes
 * is remembered as the engine's own ({@code automation_echo}) and does not start a new chain.
 */
@ApplicationScoped
public class RuleEngine {
    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());
    private final EntityManager entityManager;
    private final FeedPublisher feed;
    private final Clock clock;
    private final CaseFactsReader facts;
    private final RuleActions actions;

    protected RuleEngine() {
        this.entityManager = null;
        this.feed = null;
        this.clock = null;
        this.facts = null;
        this.actions = null;
    }

    @Inject
    public RuleEngine(
            EntityManager entityManager,
            FeedPublisher feed,
            Clock clock,
            SupervisionBoard board,
            Mailer mailer,
            WebhookOutbox webhooks,
            CustomerSegments segments) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.clock = clock;
        this.facts = new CaseFactsReader(entityManager, segments);
        this.actions = new RuleActions(entityManager, board, mailer, webhooks);
    }

    /**
     * Runs the chain that {@code triggers} start on the case; {@code sla} names the SLA of an SLA trigger.
     * Answers how many rules fired. Must run inside a transaction.
     */
    public int run(SupportCase c, List<RuleTrigger> triggers, String sla) {
        List<AutomationRule> rules = entityManager
                .createQuery(
                        "SELECT r FROM AutomationRule r WHERE r.enabled = true ORDER BY r.position, r.id",
                        AutomationRule.class)
                .getResultList();
        Instant now = clock.instant();
        Set<Long> fired = new HashSet<>();
        Deque<RuleTrigger> pending = new ArrayDeque<>(triggers);
        boolean changedAny = false;
        while (!pending.isEmpty()) {
            RuleTrigger trigger = pending.poll();
            boolean changed = false;
            for (AutomationRule rule : rules) {
                if (!trigger.wireName().equals(rule.definition().trigger())) {
                    continue;
                }
                if (fired.contains(rule.getId())) {
                    LOG.fine(() ->
                            "Rule " + rule.getName() + " fired already on " + c.getCaseNumber() + ": loop stopped");
                    continue;
                }
                if (trigger == RuleTrigger.IDLE && !idleLongEnough(rule, c, now)) {
                    continue;
                }
                // Read again for every rule: an earlier rule may have changed what this one looks at.
                if (!facts.read(c, sla).satisfy(rule.definition())) {
                    continue;
                }
                fired.add(rule.getId());
                entityManager.persist(new RuleFiring(rule.getId(), c.getId(), now));
                changed |= actions.apply(rule, c, trigger, now);
            }
            if (changed) {
                changedAny = true;
                if (!pending.contains(RuleTrigger.CASE_UPDATED)) {
                    pending.add(RuleTrigger.CASE_UPDATED);
                }
            }
        }
        if (!fired.isEmpty()) {
            announce(c, now, changedAny);
        }
        return fired.size();
    }

    /**
     * An idle rule fires once per quiet spell: when the case has not changed for its minutes, and it has not
     * fired since the case last changed.
     */
    private boolean idleLongEnough(AutomationRule rule, SupportCase c, Instant now) {
        Integer minutes = rule.definition().idleMinutes();
        if (minutes == null || c.getUpdatedAt().plusSeconds(60L * minutes).isAfter(now)) {
            return false;
        }
        return entityManager
                        .createQuery(
                                "SELECT COUNT(f) FROM RuleFiring f WHERE f.ruleId = :rule AND f.caseId = :c"
                                        + " AND f.firedAt >= :since",
                                Long.class)
                        .setParameter("rule", rule.getId())
                        .setParameter("c", c.getId())
                        .setParameter("since", c.getUpdatedAt())
                        .getSingleResult()
                == 0;
    }

    /** Announces a change automation made to the case (its timeline) outside any rule, as the engine's own. */
    public void announce(SupportCase c) {
        announce(c, clock.instant(), false);
    }

    /** One case.updated for the whole chain, so consoles show what the rules did; remembered as our own. */
    private void announce(SupportCase c, Instant now, boolean changed) {
        if (changed) {
            c.changedBy(RuleActions.ACTOR, now);
        }
        entityManager.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        long seq = feed.publish(FeedEventTypes.CASE_UPDATED, CaseSummary.of(c));
        entityManager
                .createNativeQuery("INSERT INTO automation_echo (seq) VALUES (?)")
                .setParameter(1, seq)
                .executeUpdate();
    }
}
