package org.caredesk.domain.automation;

/**
 * A rule as a supervisor writes it, without code: WHEN {@code trigger} IF every condition set (null: any)
 * THEN every action set. {@code ifHazard} is a hazard category or {@code any}; {@code ifWords} a
 * comma-separated list of words or phrases, any of which in the consumer's latest message matches;
 * {@code ifSla} (first_response, resolution) narrows the SLA triggers. {@code notifyEmail} is an address,
 * {@code supervisors} or {@code team-lead}. {@code addTags} is comma-separated.
 *
 * <p>Applying a macro is one more action to add here once macros exist (branch of issue 21 item 5).
 */
public record RuleDefinition(
        String name,
        boolean enabled,
        String trigger,
        Integer idleMinutes,
        String ifChannel,
        String ifProduct,
        String ifLanguage,
        String ifSentiment,
        String ifHazard,
        String ifTag,
        String ifSegment,
        String ifWords,
        String ifSla,
        String assignAgent,
        Long assignTeam,
        boolean roundRobin,
        String setPriority,
        String addTags,
        String setStatus,
        String notifyEmail,
        Long callWebhook,
        boolean linkAlert) {}
