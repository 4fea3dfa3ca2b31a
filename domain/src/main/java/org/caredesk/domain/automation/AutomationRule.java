package org.caredesk.domain.automation;

import jakarta.persistence.*;
import org.caredesk.domain.platform.Ids;

/** A stored automation rule (see {@link RuleDefinition} for what each field means). */
@Entity
@Table(name = "automation_rule")
public class AutomationRule {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String name;
    private int position;
    private boolean enabled;

    @Column(name = "trigger_event")
    private String trigger;

    @Column(name = "idle_minutes")
    private Integer idleMinutes;

    /** Set for a rule CareDesk ships, so pages can name it in the reader's language; cleared on renaming. */
    @Column(name = "builtin")
    private String builtin;

    @Column(name = "if_channel")
    private String ifChannel;

    @Column(name = "if_product")
    private String ifProduct;

    @Column(name = "if_language")
    private String ifLanguage;

    @Column(name = "if_sentiment")
    private String ifSentiment;

    @Column(name = "if_hazard")
    private String ifHazard;

    @Column(name = "if_tag")
    private String ifTag;

    @Column(name = "if_segment")
    private String ifSegment;

    @Column(name = "if_words")
    private String ifWords;

    @Column(name = "if_sla")
    private String ifSla;

    @Column(name = "do_assign_agent")
    private String assignAgent;

    @Column(name = "do_assign_team")
    private Long assignTeam;

    @Column(name = "do_round_robin")
    private boolean roundRobin;

    @Column(name = "do_priority")
    private String setPriority;

    @Column(name = "do_add_tags")
    private String addTags;

    @Column(name = "do_status")
    private String setStatus;

    @Column(name = "do_notify_email")
    private String notifyEmail;

    @Column(name = "do_webhook")
    private Long callWebhook;

    @Column(name = "do_link_alert")
    private boolean linkAlert;

    /** The agent the rule's round robin gave the last case to; the next case goes to the one after. */
    @Column(name = "round_robin_last")
    private String roundRobinLast;

    @Version
    private long version;

    protected AutomationRule() {}

    AutomationRule(int position, RuleDefinition definition) {
        this.position = position;
        define(definition);
    }

    /** Takes a checked definition (see {@link RuleChecks}). */
    void define(RuleDefinition d) {
        if (name != null && !name.equals(d.name().strip())) {
            builtin = null;
        }
        name = d.name().strip();
        enabled = d.enabled();
        trigger = d.trigger();
        idleMinutes = d.idleMinutes();
        ifChannel = d.ifChannel();
        ifProduct = d.ifProduct();
        ifLanguage = d.ifLanguage();
        ifSentiment = d.ifSentiment();
        ifHazard = d.ifHazard();
        ifTag = d.ifTag();
        ifSegment = d.ifSegment();
        ifWords = d.ifWords();
        ifSla = d.ifSla();
        assignAgent = d.assignAgent();
        assignTeam = d.assignTeam();
        roundRobin = d.roundRobin();
        setPriority = d.setPriority();
        addTags = d.addTags();
        setStatus = d.setStatus();
        notifyEmail = d.notifyEmail();
        callWebhook = d.callWebhook();
        linkAlert = d.linkAlert();
    }

    RuleDefinition definition() {
        return new RuleDefinition(
                name,
                enabled,
                trigger,
                idleMinutes,
                ifChannel,
                ifProduct,
                ifLanguage,
                ifSentiment,
                ifHazard,
                ifTag,
                ifSegment,
                ifWords,
                ifSla,
                assignAgent,
                assignTeam,
                roundRobin,
                setPriority,
                addTags,
                setStatus,
                notifyEmail,
                callWebhook,
                linkAlert);
    }

    RuleView view() {
        return new RuleView(id, position, builtin, definition());
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    int getPosition() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    String roundRobinLast() {
        return roundRobinLast;
    }

    void roundRobinGave(String login) {
        this.roundRobinLast = login;
    }
}
