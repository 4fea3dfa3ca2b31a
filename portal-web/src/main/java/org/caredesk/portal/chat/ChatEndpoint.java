package org.caredesk.portal.chat;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.chat.ChatOutcome;
import org.caredesk.domain.chat.ChatService;
import org.caredesk.domain.chat.ChatView;
import org.caredesk.domain.platform.JsonTexts;

/**
 * The consumer's side of a live chat, {@code /ws/chat?chat=ID&key=KEY}: the chat's id and the key
 * handed out when it started ({@code POST /api/v1/chats}) open it, also after a page reload. On
 * open the conversation so far is sent ({@code {"type":"history","chat":...}}); then the consumer
 * sends {@code say}, {@code typing} and {@code end}, and hears the agent's side from the feed.
 */
@ServerEndpoint("/ws/chat")
public class ChatEndpoint {
    private static final String CHAT = "caredesk.chat";
    private static final String KEY = "caredesk.chatKey";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    private ChatService chats;

    @Inject
    private ChatRelay relay;

    @OnOpen
    public void open(Session session) {
        Long chatId = parameter(session, "chat").flatMap(ChatEndpoint::number).orElse(null);
        String key = parameter(session, "key").orElse(null);
        if (chatId == null || key == null) {
            close(session, "No such chat");
            return;
        }
        // Listen first, then read the history: an event in between arrives twice, never not at all
        // (pages skip a line id they already show).
        relay.join(chatId, session);
        Optional<ChatView> chat = chats.forConsumer(chatId, key);
        if (chat.isEmpty()) {
            relay.leave(chatId, session);
            close(session, "No such chat");
            return;
        }
        session.getUserProperties().put(CHAT, chatId);
        session.getUserProperties().put(KEY, key);
        ChatView view = chat.get();
        ChatView shown = new ChatView(
                view.id(),
                view.status(),
                view.visitor(),
                view.language(),
                view.agent(),
                null,
                view.startedAt(),
                view.lines());
        ChatRelay.send(session, "{\"type\":\"history\",\"chat\":" + JSONB.toJson(shown) + "}");
    }

    @OnMessage
    public void message(Session session, String text) {
        Long chatId = (Long) session.getUserProperties().get(CHAT);
        String key = (String) session.getUserProperties().get(KEY);
        if (chatId == null || text.length() > 10_000) {
            return;
        }
        try (JsonReader reader = JsonTexts.reader(text)) {
            JsonObject request = reader.readObject();
            ChatOutcome outcome =
                    switch (request.getString("type", "")) {
                        case "say" -> chats.consumerSays(chatId, key, request.getString("text", ""));
                        case "typing" -> chats.consumerTyping(chatId, key);
                        case "end" -> chats.endByConsumer(chatId, key);
                        default -> ChatOutcome.CONFLICT;
                    };
            if (outcome != ChatOutcome.DONE) {
                ChatRelay.send(
                        session,
                        "{\"type\":\"error\",\"error\":\"" + outcome.name().toLowerCase() + "\"}");
            }
        } catch (JsonException | ClassCastException e) {
            ChatRelay.send(session, "{\"type\":\"error\",\"error\":\"bad_request\"}");
        }
    }

    @OnClose
    public void close(Session session) {
        Long chatId = (Long) session.getUserProperties().remove(CHAT);
        if (chatId != null) {
            relay.leave(chatId, session);
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        close(session);
    }

    private static Optional<String> parameter(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void close(Session session, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
        } catch (IOException e) {
            // gone already
        }
    }
}
