package org.caredesk.console.chat;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import org.caredesk.domain.chat.ChatOutcome;
import org.caredesk.domain.chat.ChatService;
import org.caredesk.domain.platform.JsonTexts;

/**
 * The agent's side of live chat, {@code /console/ws/chat} (staff only: web.xml's constraint on
 * every console path refuses anyone else before the handshake). The agent sends
 * {@code {"type":"accept"|"say"|"typing"|"end","chat":ID,"text"?}}; what happens in chats arrives
 * on the live feed as {@code chat.message}. A command that cannot be done is answered with
 * {@code {"type":"error","chat":ID,"error":"conflict"|"not_found"|"bad_request"}}.
 */
@ServerEndpoint("/ws/chat")
public class ChatDeskEndpoint {
    @Inject
    private ChatService chats;

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close();
        }
    }

    @OnMessage
    public void message(Session session, String text) {
        String agent = session.getUserPrincipal().getName();
        long chatId = -1;
        ChatOutcome outcome;
        try (JsonReader reader = JsonTexts.reader(text)) {
            JsonObject request = reader.readObject();
            chatId = request.getJsonNumber("chat").longValue();
            outcome = switch (request.getString("type", "")) {
                case "accept" -> chats.accept(chatId, agent);
                case "say" -> chats.agentSays(chatId, agent, request.getString("text", ""));
                case "typing" -> chats.agentTyping(chatId, agent);
                case "end" -> chats.endByAgent(chatId, agent);
                default -> null;
            };
        } catch (JsonException | ClassCastException | NullPointerException e) {
            outcome = null;
        }
        if (outcome != ChatOutcome.DONE) {
            String error = outcome == null ? "bad_request" : outcome.name().toLowerCase(java.util.Locale.ROOT);
            session.getAsyncRemote()
                    .sendText("{\"type\":\"error\",\"chat\":" + chatId + ",\"error\":\"" + error + "\"}");
        }
    }
}
