package org.caredesk.domain.cases;

/**
 * What the queue shows; a null or blank field does not filter. {@code assignee} is a staff login,
 * {@link #UNASSIGNED} for cases nobody holds.
 */
public record QueueFilter(String product, String channel, String language, String sentiment, String assignee) {
    public static final String UNASSIGNED = "-";
    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null);
}
