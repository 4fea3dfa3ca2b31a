package org.caredesk.portal.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedListener;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.platform.JsonTexts;

/**
 * Passes chat events from the live feed (written by whichever application or instance the agent
 * uses) to the consumers' chat sockets in this application, leaving out staff-only details.
 */
@ApplicationScoped
public class ChatRelay {
    private final FeedFollower follower;
    private final Map<Long, Set<Session>> sessions = new ConcurrentHashMap<>();
    private final FeedListener listener = this::onEvents;

    protected ChatRelay() {
        this(null);
    }

    @Inject
    public ChatRelay(FeedFollower follower) {
        this.follower = follower;
    }

    @PostConstruct
    void start() {
        follower.addListener(listener);
    }

    @PreDestroy
    void stop() {
        follower.removeListener(listener);
    }

    void join(long chatId, Session session) {
        sessions.computeIfAbsent(chatId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void leave(long chatId, Session session) {
        sessions.computeIfPresent(chatId, (id, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
    }

    private void onEvents(List<FeedRecord> events) {
        if (sessions.isEmpty()) {
            return;
        }
        for (FeedRecord event : events) {
            if (!FeedEventTypes.CHAT_MESSAGE.equals(event.type())) {
                continue;
            }
            JsonObject data = parse(event.dataJson());
            Set<Session> listening = sessions.get(data.getJsonNumber("chatId").longValue());
            if (listening != null) {
                String frame = forConsumer(data, event.seq());
                listening.forEach(session -> send(session, frame));
            }
        }
    }

    /** The event as the consumer sees it: the agent's name, never their e-mail. */
    static String forConsumer(JsonObject data, long seq) {
        JsonObjectBuilder frame = JsonTexts.objectBuilder(data).remove("agentEmail");
        return frame.add("type", data.getString("kind")).add("seq", seq).build().toString();
    }

    static void send(Session session, String frame) {
        if (session.isOpen()) {
            session.getAsyncRemote().sendText(frame);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JsonTexts.reader(json)) {
            return reader.readObject();
        }
    }
}
