package org.caredesk.domain.feed;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Phaser;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.platform.DataGrid;

/**
 * The {@link FeedBell} carried across a cluster: the member whose transaction wrote feed events publishes an empty
 * note on a grid topic, and every other member rings its own bell, so its followers read the events at once instead
 * of at their next poll. The note carries nothing but the wake-up: the feed table stays the truth, and a lost note
 * costs one poll interval.
 */
final class GridBell {
    private static final Logger LOG = Logger.getLogger(GridBell.class.getName());
    static final String TOPIC = "caredesk.feed-bell";

    private final ITopic<Boolean> topic;

    GridBell(HazelcastInstance grid) {
        this.topic = grid.getTopic(TOPIC);
    }

    /** The cluster's bell, when this instance is a member of one. */
    static Optional<GridBell> find() {
        return DataGrid.find("feed events from other members arrive at the next poll")
                .map(GridBell::new);
    }

    /** Tells the other members; never fails or holds up the commit that rang. */
    void ring() {
        try {
            topic.publishAsync(Boolean.TRUE);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The grid did not take the feed wake-up; other members poll", e);
        }
    }

    /**
     * Rings {@code bell} for every note another member publishes; returns what {@link #stopRelaying} takes, or
     * null when the grid would not listen (then this member's followers poll, as without a grid).
     */
    UUID relayTo(Phaser bell) {
        try {
            return topic.addMessageListener(note -> {
                if (!note.getPublishingMember().localMember()) {
                    FeedBell.ring(bell);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The grid did not take the feed bell's listener; feed events from other members "
                            + "arrive at the next poll",
                    e);
            return null;
        }
    }

    void stopRelaying(UUID registration) {
        if (registration == null) {
            return;
        }
        try {
            topic.removeMessageListener(registration);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The grid is gone; nothing to stop relaying", e);
        }
    }
}
