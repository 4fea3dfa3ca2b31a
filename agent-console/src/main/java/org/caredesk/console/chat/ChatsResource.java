package org.caredesk.console.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.caredesk.domain.chat.ChatService;
import org.caredesk.domain.chat.ChatView;
import org.caredesk.web.PathIds;

/** Chats for the console: the open ones (waiting or in progress) and any one with its conversation. */
@Path("v1/chats")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ChatsResource {
    private final ChatService chats;

    protected ChatsResource() {
        this(null);
    }

    @Inject
    public ChatsResource(ChatService chats) {
        this.chats = chats;
    }

    @GET
    public List<ChatView> open() {
        return chats.open();
    }

    @GET
    @Path("{id}")
    public ChatView one(@PathParam("id") String id) {
        return PathIds.parse(id).flatMap(chats::forAgent).orElseThrow(() -> new NotFoundException("No such chat"));
    }
}
