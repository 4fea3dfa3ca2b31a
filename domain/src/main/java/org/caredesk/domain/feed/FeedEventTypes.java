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
    /** Internal: a help article changed, so every application refreshes its search index. */
    public static final String KB_ARTICLE_CHANGED = "kb.article.changed";
    /** Internal: a supervisor switched the sentiment model, so every application loads the new one. */
    public static final String SENTIMENT_MODEL_CHANGED = "sentiment.model.changed";

    private static final java.util.Set<String> PUBLIC = java.util.Set.of(
            CASE_CREATED, CASE_UPDATED, CONTACT_TAGGED, ALERT_RAISED, ALERT_UPDATED, CHAT_MESSAGE, PRESENCE);

    private FeedEventTypes() {}

    /** Whether consoles receive events of this type over the live feed. */
    public static boolean isPublic(String type) {
        return PUBLIC.contains(type);
    }
}
