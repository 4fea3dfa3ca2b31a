package org.caredesk.domain.feed;

import jakarta.persistence.*;
import java.time.Instant;

/** One event of the live feed, durable so that a console that reconnects can resume. */
@Entity
@Table(name = "feed_event")
@NamedQuery(name = FeedEvent.AFTER, query = "SELECT e FROM FeedEvent e WHERE e.seq > :seq ORDER BY e.seq")
public class FeedEvent {
    public static final String AFTER = "FeedEvent.after";

    @Id
    private long seq;

    @Column(name = "event_type")
    private String type;

    private Instant at;

    /** The event's {@code data} object, as JSON. */
    private String payload;

    protected FeedEvent() {}

    public FeedEvent(long seq, String type, Instant at, String payload) {
        this.seq = seq;
        this.type = type;
        this.at = at;
        this.payload = payload;
    }

    public long getSeq() {
        return seq;
    }

    public String getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    public String getPayload() {
        return payload;
    }
}
