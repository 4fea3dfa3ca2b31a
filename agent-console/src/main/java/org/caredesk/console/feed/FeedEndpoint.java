package org.caredesk.console.feed;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.caredesk.console.presence.PresenceTracker;
import org.caredesk.domain.platform.JsonTexts;

/**
 * The live feed {@code /console/ws/feed}. The web container refuses the handshake to anyone but
 * signed-in agents and supervisors (security constraint in web.xml); this endpoint only wires a
 * connection to the {@link FeedLog} and answers {@code {"type":"resume","since":N}}.
 */
@ServerEndpoint("/ws/feed")
public class FeedEndpoint {
    private static final String SUBSCRIBER = FeedSubscriber.class.getName();

    @Inject
    private FeedLog log;

    @Inject
    private PresenceTracker presence;

    @OnOpen
    public void open(Session session) {
        if (session.getUserPrincipal() == null) {
            closeQuietly(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Sign in first"));
            return;
        }
        FeedSubscriber subscriber = new FeedSubscriber(session, log.head());
        session.getUserProperties().put(SUBSCRIBER, subscriber);
        log.subscribe(subscriber);
        presence.opened(session.getUserPrincipal().getName());
    }

    @OnMessage
    public void message(Session session, String text) {
        FeedSubscriber subscriber = (FeedSubscriber) session.getUserProperties().get(SUBSCRIBER);
        if (subscriber == null || text.length() > 1_000) {
            return;
        }
        try (JsonReader reader = JsonTexts.reader(text)) {
            JsonObject request = reader.readObject();
            if ("resume".equals(request.getString("type", "")) && request.containsKey("since")) {
                subscriber.resumeFrom(request.getJsonNumber("since").longValue(), log);
            }
        } catch (JsonException | ClassCastException | NullPointerException e) {
            // not a request we understand: the feed goes on
        }
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        FeedSubscriber subscriber = (FeedSubscriber) session.getUserProperties().get(SUBSCRIBER);
        if (subscriber != null) {
            subscriber.pong();
        }
    }

    @OnClose
    public void close(Session session) {
        FeedSubscriber subscriber = (FeedSubscriber) session.getUserProperties().remove(SUBSCRIBER);
        if (subscriber != null) {
            log.unsubscribe(subscriber);
            presence.closed(session.getUserPrincipal().getName());
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        close(session);
    }

    private static void closeQuietly(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (java.io.IOException e) {
            // gone already
        }
    }
}
