package org.caredesk.console.feed;

import org.caredesk.domain.feed.FeedRecord;

/** Renders feed events as the frames of docs/api.md: {@code {"seq","type","at","data"}}. */
final class FeedFrames {
    private FeedFrames() {}

    static String frame(FeedRecord event) {
        // type is one of our own constants and at an ISO instant: neither needs escaping.
        return "{\"seq\":" + event.seq() + ",\"type\":\"" + event.type() + "\",\"at\":\"" + event.at() + "\",\"data\":"
                + event.dataJson() + "}";
    }
}
