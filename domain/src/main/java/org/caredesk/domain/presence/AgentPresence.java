package org.caredesk.domain.presence;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.Instant;

/**
 * A staff member's presence: how many console connections they have open (on any instance), whether
 * they marked themselves away, and when a console last confirmed the connections.
 */
@Entity
@Table(name = "agent_presence")
public class AgentPresence {
    /** Connections not confirmed for this long count as gone (an instance that died cannot say so). */
    static final Duration FRESH = Duration.ofSeconds(90);

    @Id
    @Column(name = "user_id")
    private Long userId;

    private int connections;

    private boolean away;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Version
    private long version;

    protected AgentPresence() {}

    AgentPresence(long userId, Instant now) {
        this.userId = userId;
        this.seenAt = now;
    }

    long userId() {
        return userId;
    }

    String status(Instant now) {
        if (connections <= 0 || seenAt.isBefore(now.minus(FRESH))) {
            return "offline";
        }
        return away ? "away" : "online";
    }

    void connected(Instant now) {
        connections = seenAt.isBefore(now.minus(FRESH)) ? 1 : Math.max(0, connections) + 1;
        seenAt = now;
    }

    void disconnected(Instant now) {
        connections = Math.max(0, connections - 1);
        seenAt = now;
    }

    void seen(Instant now) {
        seenAt = now;
    }

    void away(boolean away) {
        this.away = away;
    }
}
