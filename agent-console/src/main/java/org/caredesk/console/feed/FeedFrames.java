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

    /** The staff login an event for one agent names in {@code data.agent}; "" (nobody) when it names none. */
    static String agentOf(FeedRecord event) {
        try (jakarta.json.JsonReader reader = org.caredesk.domain.platform.JsonTexts.reader(event.dataJson())) {
            return reader.readObject().getString("agent", "");
        } catch (jakarta.json.JsonException | ClassCastException e) {
            return "";
        }
    }
}
