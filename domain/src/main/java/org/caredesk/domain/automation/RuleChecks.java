package org.caredesk.domain.automation;

import java.util.Locale;
import java.util.Set;
import java.util.function.LongPredicate;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.contact.Channel;

/**
 * Reads a rule as a supervisor sent it: blanks become "any", names are lower-cased, and anything CareDesk
 * could not act on is refused with a message naming the field (IllegalArgumentException).
 */
final class RuleChecks {
    static final int MAX_NAME = 120;
    private static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");
    private static final Set<String> SLAS = Set.of("first_response", "resolution");

    private RuleChecks() {}

    static RuleDefinition checked(RuleDefinition d, LongPredicate teamExists, LongPredicate webhookExists) {
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: 1 to " + MAX_NAME + " characters");
        }
        RuleTrigger trigger = RuleTrigger.fromWire(lower(d.trigger()))
                .orElseThrow(() -> new IllegalArgumentException("trigger: one of case_created, message_received,"
                        + " case_updated, sla_warning, sla_breach, alert_raised, idle"));
        Integer idle = d.idleMinutes();
        if (trigger == RuleTrigger.IDLE && (idle == null || idle < 1 || idle > 60 * 24 * 90)) {
            throw new IllegalArgumentException("idleMinutes: 1 to 129600 for the idle trigger");
        }
        if (trigger != RuleTrigger.IDLE) {
            idle = null;
        }
        String channel = lower(d.ifChannel());
        if (channel != null && Channel.fromWire(channel).isEmpty()) {
            throw new IllegalArgumentException("ifChannel: unknown channel " + channel);
        }
        String sentiment = lower(d.ifSentiment());
        if (sentiment != null && !SENTIMENTS.contains(sentiment)) {
            throw new IllegalArgumentException("ifSentiment: negative, neutral or positive");
        }
        String sla = lower(d.ifSla());
        if (sla != null && !SLAS.contains(sla)) {
            throw new IllegalArgumentException("ifSla: first_response or resolution");
        }
        String priority = lower(d.setPriority());
        if (priority != null && !isEnum(CasePriority.class, priority)) {
            throw new IllegalArgumentException("setPriority: low, normal, high or urgent");
        }
        String status = lower(d.setStatus());
        if (status != null && !isEnum(CaseStatus.class, status)) {
            throw new IllegalArgumentException("setStatus: new, open, pending, resolved or closed");
        }
        if (d.assignTeam() != null && !teamExists.test(d.assignTeam())) {
            throw new IllegalArgumentException("assignTeam: no team " + d.assignTeam());
        }
        if (d.callWebhook() != null && !webhookExists.test(d.callWebhook())) {
            throw new IllegalArgumentException("callWebhook: no webhook " + d.callWebhook());
        }
        String notify = lower(d.notifyEmail());
        if (notify != null && !notify.equals("supervisors") && !notify.equals("team-lead") && !notify.contains("@")) {
            throw new IllegalArgumentException("notifyEmail: an e-mail address, supervisors or team-lead");
        }
        String agent = lower(d.assignAgent());
        if (agent != null && d.roundRobin()) {
            throw new IllegalArgumentException("assignAgent and roundRobin: one or the other");
        }
        RuleDefinition checked = new RuleDefinition(
                name,
                d.enabled(),
                trigger.wireName(),
                idle,
                channel,
                text(d.ifProduct(), 200, "ifProduct"),
                lower(d.ifLanguage()),
                sentiment,
                text(lower(d.ifHazard()), 40, "ifHazard"),
                text(lower(d.ifTag()), 60, "ifTag"),
                text(lower(d.ifSegment()), 60, "ifSegment"),
                text(d.ifWords(), 400, "ifWords"),
                sla,
                text(agent, 254, "assignAgent"),
                d.assignTeam(),
                d.roundRobin(),
                priority,
                text(lower(d.addTags()), 400, "addTags"),
                status,
                text(notify, 254, "notifyEmail"),
                d.callWebhook(),
                d.linkAlert());
        if (!acts(checked)) {
            throw new IllegalArgumentException("A rule needs at least one action");
        }
        return checked;
    }

    private static boolean acts(RuleDefinition d) {
        return d.assignAgent() != null
                || d.assignTeam() != null
                || d.roundRobin()
                || d.setPriority() != null
                || d.addTags() != null
                || d.setStatus() != null
                || d.notifyEmail() != null
                || d.callWebhook() != null
                || d.linkAlert();
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String wire) {
        try {
            Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return value.strip();
    }
}
