package org.caredesk.console.automation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.automation.RuleTrigger;
import org.caredesk.domain.automation.RuleView;
import org.caredesk.domain.automation.Rules;
import org.caredesk.domain.team.TeamView;
import org.caredesk.domain.team.Teams;
import org.caredesk.domain.webhook.Webhook;
import org.caredesk.domain.webhook.WebhookDeliveryView;
import org.caredesk.domain.webhook.WebhookView;
import org.caredesk.domain.webhook.Webhooks;

/** Supervisors write automation rules and configure webhooks, and read the delivery log (web.xml: supervisors only). */
@Named
@ViewScoped
public class AutomationPage implements Serializable {
    private final transient Rules rules;
    private final transient Webhooks webhooks;
    private final transient Teams teams;
    private RuleForm form = new RuleForm();
    private String hookName;
    private String hookUrl;
    private List<String> hookEvents = new ArrayList<>();
    private String shownSecret;
    private Long logOf;

    protected AutomationPage() {
        this(null, null, null);
    }

    @Inject
    public AutomationPage(Rules rules, Webhooks webhooks, Teams teams) {
        this.rules = rules;
        this.webhooks = webhooks;
        this.teams = teams;
    }

    public List<RuleView> getRules() {
        return rules.all();
    }

    public List<String> getTriggers() {
        return java.util.Arrays.stream(RuleTrigger.values())
                .map(RuleTrigger::wireName)
                .toList();
    }

    public List<TeamView> getTeams() {
        return teams.all();
    }

    public String teamName(Long id) {
        return id == null ? null : teams.byId(id).map(TeamView::name).orElse("?");
    }

    public List<WebhookView> getWebhooks() {
        return webhooks.all();
    }

    public List<String> getEvents() {
        return Webhook.EVENTS;
    }

    public void edit(RuleView rule) {
        form = RuleForm.of(rule.id(), rule.rule());
    }

    public void newRule() {
        form = new RuleForm();
    }

    public void saveRule() {
        try {
            if (form.getId() == null) {
                rules.create(form.definition());
            } else {
                rules.update(form.getId(), form.definition());
            }
            form = new RuleForm();
            PageMessages.info("automation.saved");
        } catch (IllegalArgumentException e) {
            PageMessages.error("automation.refused", e.getMessage());
        }
    }

    public void move(long id, boolean up) {
        rules.move(id, up);
    }

    public void deleteRule(long id) {
        rules.delete(id);
        PageMessages.info("automation.deleted");
    }

    public void createWebhook() {
        try {
            shownSecret =
                    webhooks.create(hookName, hookUrl, null, hookEvents, true).secret();
            hookName = null;
            hookUrl = null;
            hookEvents = new ArrayList<>();
            PageMessages.info("automation.saved");
        } catch (IllegalArgumentException e) {
            PageMessages.error("automation.refused", e.getMessage());
        }
    }

    public void deleteWebhook(long id) {
        try {
            webhooks.delete(id);
            PageMessages.info("automation.deleted");
        } catch (IllegalStateException e) {
            PageMessages.error("automation.webhookInUse");
        }
    }

    public void showLog(long id) {
        logOf = id;
    }

    public List<WebhookDeliveryView> getLog() {
        return logOf == null ? List.of() : webhooks.deliveries(logOf, 50);
    }

    public RuleForm getForm() {
        return form;
    }

    public String getHookName() {
        return hookName;
    }

    public void setHookName(String hookName) {
        this.hookName = hookName;
    }

    public String getHookUrl() {
        return hookUrl;
    }

    public void setHookUrl(String hookUrl) {
        this.hookUrl = hookUrl;
    }

    public List<String> getHookEvents() {
        return hookEvents;
    }

    public void setHookEvents(List<String> hookEvents) {
        this.hookEvents = hookEvents;
    }

    public String getShownSecret() {
        return shownSecret;
    }

    public Long getLogOf() {
        return logOf;
    }
}
