package org.caredesk.domain.automation;

import java.util.Locale;
import java.util.Optional;

/** When a rule is looked at; the wire name is the lower-case name (case_created, sla_breach, …). */
public enum RuleTrigger {
    CASE_CREATED,
    MESSAGE_RECEIVED,
    CASE_UPDATED,
    SLA_WARNING,
    SLA_BREACH,
    ALERT_RAISED,
    /** Time since the case's last update passed the rule's {@code idleMinutes}. */
    IDLE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleTrigger> fromWire(String value) {
        for (RuleTrigger trigger : values()) {
            if (trigger.wireName().equals(value)) {
                return Optional.of(trigger);
            }
        }
        return Optional.empty();
    }
}
