package org.caredesk.domain.feed;

/** The event types of the live feed (see docs/api.md). */
public final class FeedEventTypes {
    public static final String CASE_CREATED = "case.created";
    public static final String CASE_UPDATED = "case.updated";
    public static final String CONTACT_TAGGED = "contact.tagged";
    public static final String ALERT_RAISED = "alert.raised";
    public static final String ALERT_UPDATED = "alert.updated";
    public static final String CHAT_MESSAGE = "chat.message";
    public static final String PRESENCE = "presence";
    /** A call rings at an agent: delivered to that agent's consoles only (data.agent), who pop the caller. */
    public static final String CALL_RINGING = "call.ringing";
    /** A call ended: delivered to its agent's consoles only (data.agent). */
    public static final String CALL_ENDED = "call.ended";
    /** Internal: a help article changed, so every application refreshes its search index. */
    public static final String KB_ARTICLE_CHANGED = "kb.article.changed";
    /** Internal: a supervisor switched the sentiment model, so every application loads the new one. */
    public static final String SENTIMENT_MODEL_CHANGED = "sentiment.model.changed";

    private static final java.util.Set<String> PUBLIC = java.util.Set.of(
            CASE_CREATED,
            CASE_UPDATED,
            CONTACT_TAGGED,
            ALERT_RAISED,
            ALERT_UPDATED,
            CHAT_MESSAGE,
            PRESENCE,
            CALL_RINGING,
            CALL_ENDED);
    private static final java.util.Set<String> FOR_ONE_AGENT = java.util.Set.of(CALL_RINGING, CALL_ENDED);

    private FeedEventTypes() {}

    /** Whether events of this type go to one agent's consoles only: the one their {@code data.agent} names. */
    public static boolean isForOneAgent(String type) {
        return FOR_ONE_AGENT.contains(type);
    }

    /** Whether consoles receive events of this type over the live feed. */
    public static boolean isPublic(String type) {
        return PUBLIC.contains(type);
    }
}
