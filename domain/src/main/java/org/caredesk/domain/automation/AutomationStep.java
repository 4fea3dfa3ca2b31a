package org.caredesk.domain.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Direction;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.webhook.WebhookOutbox;

/**
 * Handles one live-feed event for automation in one transaction, together with moving the engine's place
 * in the feed: a rolled-back step (a colliding agent's save, say) is handled again, a committed one never.
 * Case events run the rules on their case and reach subscribed webhooks; an alert runs the "alert raised"
 * rules on the open cases of its product.
 */
@ApplicationScoped
public class AutomationStep {
    static final int ALERT_CASES = 500;
    private final EntityManager entityManager;
    private final RuleEngine engine;
    private final WebhookOutbox webhooks;

    protected AutomationStep() {
        this(null, null, null);
    }

    @Inject
    public AutomationStep(EntityManager entityManager, RuleEngine engine, WebhookOutbox webhooks) {
        this.entityManager = entityManager;
        this.engine = engine;
        this.webhooks = webhooks;
    }

    /** Where the engine stands: the last handled seq, or -1 before it ever ran. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long cursor() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT last_seq FROM automation_cursor WHERE id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** Moves the cursor without handling anything (the first start begins at the feed's head, not its past). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void skipTo(long seq) {
        moveCursor(seq);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void handle(FeedRecord event) {
        boolean own = entityManager
                        .createNativeQuery("DELETE FROM automation_echo WHERE seq = ?")
                        .setParameter(1, event.seq())
                        .executeUpdate()
                > 0;
        switch (event.type()) {
            case FeedEventTypes.CASE_CREATED -> caseCreated(event);
            case FeedEventTypes.CASE_UPDATED -> caseUpdated(event, own);
            case FeedEventTypes.ALERT_RAISED -> alertRaised(event);
            default -> {}
        }
        moveCursor(event.seq());
    }

    private void caseCreated(FeedRecord event) {
        JsonObject data = data(event);
        webhooks.publish("case.created", data);
        caseOf(data).ifPresent(c -> {
            newestInbound(c); // the first message belongs to "case created", not "message received"
            engine.run(c, List.of(RuleTrigger.CASE_CREATED), null);
        });
    }

    private void caseUpdated(FeedRecord event, boolean own) {
        JsonObject data = data(event);
        webhooks.publish("case.updated", data);
        if (own) {
            return; // the rules' own change: their chain has run already
        }
        caseOf(data).ifPresent(c -> {
            List<RuleTrigger> triggers = new ArrayList<>();
            if (newestInbound(c)) {
                webhooks.publish("message.received", data);
                triggers.add(RuleTrigger.MESSAGE_RECEIVED);
            }
            triggers.add(RuleTrigger.CASE_UPDATED);
            engine.run(c, triggers, null);
        });
    }

    private void alertRaised(FeedRecord event) {
        JsonObject data = data(event);
        webhooks.publish("alert.raised", data);
        String product = data.getString("product", null);
        if (product == null) {
            return;
        }
        entityManager
                .createQuery(
                        "SELECT c FROM SupportCase c WHERE c.product.name = :product AND c.status IN :open"
                                + " ORDER BY c.createdAt DESC",
                        SupportCase.class)
                .setParameter("product", product)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING))
                .setMaxResults(ALERT_CASES)
                .getResultList()
                .forEach(c -> engine.run(c, List.of(RuleTrigger.ALERT_RAISED), null));
    }

    /** Whether the case has a consumer message the engine has not seen yet; remembers the newest. */
    private boolean newestInbound(SupportCase c) {
        Long newest = entityManager
                .createQuery(
                        "SELECT MAX(k.id) FROM Contact k WHERE k.supportCase = :c AND k.direction = :in", Long.class)
                .setParameter("c", c)
                .setParameter("in", Direction.INBOUND)
                .getSingleResult();
        if (newest == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object> seen = entityManager
                .createNativeQuery("SELECT last_inbound_id FROM automation_case_state WHERE case_id = ?")
                .setParameter(1, c.getId())
                .getResultList();
        if (seen.isEmpty()) {
            entityManager
                    .createNativeQuery("INSERT INTO automation_case_state (case_id, last_inbound_id) VALUES (?, ?)")
                    .setParameter(1, c.getId())
                    .setParameter(2, newest)
                    .executeUpdate();
            return true;
        }
        if (((Number) seen.get(0)).longValue() >= newest) {
            return false;
        }
        entityManager
                .createNativeQuery("UPDATE automation_case_state SET last_inbound_id = ? WHERE case_id = ?")
                .setParameter(1, newest)
                .setParameter(2, c.getId())
                .executeUpdate();
        return true;
    }

    private Optional<SupportCase> caseOf(JsonObject data) {
        String number = data.getString("caseNumber", null);
        if (number == null) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private static JsonObject data(FeedRecord event) {
        try (JsonReader reader = Json.createReader(new StringReader(event.dataJson()))) {
            return reader.readObject();
        }
    }

    private void moveCursor(long seq) {
        entityManager
                .createNativeQuery("UPDATE automation_cursor SET last_seq = ? WHERE id = 1")
                .setParameter(1, seq)
                .executeUpdate();
    }
}
