package org.caredesk.domain.feed;

/** The event types of the live feed (see CONTRACT.md). */
public final class FeedEventTypes {
    public static final String CASE_CREATED = "case.created";
    public static final String CASE_UPDATED = "case.updated";
    public static final String CONTACT_TAGGED = "contact.tagged";
    public static final String ALERT_RAISED = "alert.raised";
    public static final String ALERT_UPDATED = "alert.updated";
    public static final String CHAT_MESSAGE = "chat.message";
    public static final String PRESENCE = "presence";

    private FeedEventTypes() {
    }
}
