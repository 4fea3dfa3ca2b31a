package org.caredesk.console.automation;

import java.io.Serializable;
import org.caredesk.domain.automation.RuleDefinition;

/** The rule editor's fields; empty means "any" for a condition and "do nothing" for an action. */
public class RuleForm implements Serializable {
    private Long id;
    private String name;
    private boolean enabled = true;
    private String trigger = "case_created";
    private Integer idleMinutes;
    private String ifChannel;
    private String ifProduct;
    private String ifLanguage;
    private String ifSentiment;
    private String ifHazard;
    private String ifTag;
    private String ifWords;
    private String ifSla;
    private String assignAgent;
    private Long assignTeam;
    private boolean roundRobin;
    private String setPriority;
    private String addTags;
    private String setStatus;
    private String notifyEmail;
    private Long callWebhook;
    private boolean linkAlert;

    static RuleForm of(long id, RuleDefinition d) {
        RuleForm f = new RuleForm();
        f.id = id;
        f.name = d.name();
        f.enabled = d.enabled();
        f.trigger = d.trigger();
        f.idleMinutes = d.idleMinutes();
        f.ifChannel = d.ifChannel();
        f.ifProduct = d.ifProduct();
        f.ifLanguage = d.ifLanguage();
        f.ifSentiment = d.ifSentiment();
        f.ifHazard = d.ifHazard();
        f.ifTag = d.ifTag();
        f.ifWords = d.ifWords();
        f.ifSla = d.ifSla();
        f.assignAgent = d.assignAgent();
        f.assignTeam = d.assignTeam();
        f.roundRobin = d.roundRobin();
        f.setPriority = d.setPriority();
        f.addTags = d.addTags();
        f.setStatus = d.setStatus();
        f.notifyEmail = d.notifyEmail();
        f.callWebhook = d.callWebhook();
        f.linkAlert = d.linkAlert();
        return f;
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
                null,
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

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public Integer getIdleMinutes() {
        return idleMinutes;
    }

    public void setIdleMinutes(Integer idleMinutes) {
        this.idleMinutes = idleMinutes;
    }

    public String getIfChannel() {
        return ifChannel;
    }

    public void setIfChannel(String ifChannel) {
        this.ifChannel = ifChannel;
    }

    public String getIfProduct() {
        return ifProduct;
    }

    public void setIfProduct(String ifProduct) {
        this.ifProduct = ifProduct;
    }

    public String getIfLanguage() {
        return ifLanguage;
    }

    public void setIfLanguage(String ifLanguage) {
        this.ifLanguage = ifLanguage;
    }

    public String getIfSentiment() {
        return ifSentiment;
    }

    public void setIfSentiment(String ifSentiment) {
        this.ifSentiment = ifSentiment;
    }

    public String getIfHazard() {
        return ifHazard;
    }

    public void setIfHazard(String ifHazard) {
        this.ifHazard = ifHazard;
    }

    public String getIfTag() {
        return ifTag;
    }

    public void setIfTag(String ifTag) {
        this.ifTag = ifTag;
    }

    public String getIfWords() {
        return ifWords;
    }

    public void setIfWords(String ifWords) {
        this.ifWords = ifWords;
    }

    public String getIfSla() {
        return ifSla;
    }

    public void setIfSla(String ifSla) {
        this.ifSla = ifSla;
    }

    public String getAssignAgent() {
        return assignAgent;
    }

    public void setAssignAgent(String assignAgent) {
        this.assignAgent = assignAgent;
    }

    public Long getAssignTeam() {
        return assignTeam;
    }

    public void setAssignTeam(Long assignTeam) {
        this.assignTeam = assignTeam;
    }

    public boolean isRoundRobin() {
        return roundRobin;
    }

    public void setRoundRobin(boolean roundRobin) {
        this.roundRobin = roundRobin;
    }

    public String getSetPriority() {
        return setPriority;
    }

    public void setSetPriority(String setPriority) {
        this.setPriority = setPriority;
    }

    public String getAddTags() {
        return addTags;
    }

    public void setAddTags(String addTags) {
        this.addTags = addTags;
    }

    public String getSetStatus() {
        return setStatus;
    }

    public void setSetStatus(String setStatus) {
        this.setStatus = setStatus;
    }

    public String getNotifyEmail() {
        return notifyEmail;
    }

    public void setNotifyEmail(String notifyEmail) {
        this.notifyEmail = notifyEmail;
    }

    public Long getCallWebhook() {
        return callWebhook;
    }

    public void setCallWebhook(Long callWebhook) {
        this.callWebhook = callWebhook;
    }

    public boolean isLinkAlert() {
        return linkAlert;
    }

    public void setLinkAlert(boolean linkAlert) {
        this.linkAlert = linkAlert;
    }
}
