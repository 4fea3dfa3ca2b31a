package org.caredesk.domain.feed;

import java.util.List;

/** Told of every batch of newly committed feed events, in sequence order. */
@FunctionalInterface
public interface FeedListener {
    void onEvents(List<FeedRecord> events);
}
