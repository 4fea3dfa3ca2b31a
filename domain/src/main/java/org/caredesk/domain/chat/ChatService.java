package org.caredesk.domain.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.cases.TrackingCodes;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/**
 * Runs live chats: a consumer starts one, an agent accepts it, both write, either ends it. Every
 * step is stored and announced on the live feed in the same transaction, which is how the other
 * side (another web application, maybe another instance) hears of it.
 */
@ApplicationScoped
@Transactional
public class ChatService {
    public static final int MAX_TEXT = 2_000;
    static final String CONSUMER = "consumer";
    static final String AGENT = "agent";

    private final EntityManager entityManager;
    private final FeedPublisher feed;
    private final ChatTranscripts transcripts;
    private final Clock clock;
    private final TrackingCodes keys = new TrackingCodes();

    protected ChatService() {
        this(null, null, null, null);
    }

    @Inject
    public ChatService(EntityManager entityManager, FeedPublisher feed, ChatTranscripts transcripts, Clock clock) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.transcripts = transcripts;
        this.clock = clock;
    }

    /** Starts a chat for a consumer ({@code customerId} null when anonymous), with an optional first message. */
    public ChatTicket start(String visitorName, String language, String firstMessage, Long customerId) {
        Instant now = clock.instant();
        Customer customer = customerId == null ? null : entityManager.find(Customer.class, customerId);
        String name = blankToNull(visitorName);
        if (name == null && customer != null) {
            name = customer.getDisplayName();
        }
        String key = keys.newCode();
        Chat chat = new Chat(TrackingCodes.hash(key), customer, name, "it".equals(language) ? "it" : "en", now);
        entityManager.persist(chat);
        entityManager.flush();
        feed.publish(FeedEventTypes.CHAT_MESSAGE, event(chat, "started", null, null));
        String text = blankToNull(firstMessage);
        if (text != null) {
            addLine(chat, CONSUMER, text, now);
        }
        return new ChatTicket(chat.getId(), key);
    }

    /** The chat, for the consumer holding its key. */
    public Optional<ChatView> forConsumer(long chatId, String key) {
        return consumerChat(chatId, key).map(this::view);
    }

    /** Any chat, for staff. */
    public Optional<ChatView> forAgent(long chatId) {
        return Optional.ofNullable(entityManager.find(Chat.class, chatId)).map(this::view);
    }

    /** Chats waiting for an agent or in progress, oldest first. */
    public List<ChatView> open() {
        return entityManager
                .createQuery("SELECT c FROM Chat c WHERE c.status <> :ended ORDER BY c.startedAt, c.id", Chat.class)
                .setParameter("ended", ChatStatus.ENDED)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    public ChatOutcome consumerSays(long chatId, String key, String text) {
        return consumerChat(chatId, key).map(chat -> say(chat, CONSUMER, text)).orElse(ChatOutcome.NOT_FOUND);
    }

    public ChatOutcome agentSays(long chatId, String agentEmail, String text) {
        return agentsChat(chatId, agentEmail)
                .map(chat -> say(chat, AGENT, text))
                .orElse(ChatOutcome.NOT_FOUND);
    }

    public ChatOutcome consumerTyping(long chatId, String key) {
        return consumerChat(chatId, key).map(chat -> typing(chat, CONSUMER)).orElse(ChatOutcome.NOT_FOUND);
    }

    public ChatOutcome agentTyping(long chatId, String agentEmail) {
        return agentsChat(chatId, agentEmail).map(chat -> typing(chat, AGENT)).orElse(ChatOutcome.NOT_FOUND);
    }

    /**
     * The agent takes a waiting chat. One conditional update decides between agents who accept at
     * the same moment: exactly one of them changes the row.
     */
    public ChatOutcome accept(long chatId, String agentEmail) {
        Optional<UserAccount> agent = staff(agentEmail);
        if (agent.isEmpty() || entityManager.find(Chat.class, chatId) == null) {
            return ChatOutcome.NOT_FOUND;
        }
        entityManager.clear();
        int won = entityManager
                .createQuery("UPDATE Chat c SET c.status = :active, c.agent = :agent, c.acceptedAt = :now, "
                        + "c.version = c.version + 1 WHERE c.id = :id AND c.status = :waiting")
                .setParameter("active", ChatStatus.ACTIVE)
                .setParameter("agent", agent.get())
                .setParameter("now", clock.instant())
                .setParameter("id", chatId)
                .setParameter("waiting", ChatStatus.WAITING)
                .executeUpdate();
        if (won == 0) {
            return ChatOutcome.CONFLICT;
        }
        Chat chat = entityManager.find(Chat.class, chatId);
        entityManager.refresh(chat);
        feed.publish(FeedEventTypes.CHAT_MESSAGE, event(chat, "accepted", AGENT, null));
        return ChatOutcome.DONE;
    }

    public ChatOutcome endByConsumer(long chatId, String key) {
        return consumerChat(chatId, key).map(chat -> end(chat, CONSUMER)).orElse(ChatOutcome.NOT_FOUND);
    }

    public ChatOutcome endByAgent(long chatId, String agentEmail) {
        return agentsChat(chatId, agentEmail).map(chat -> end(chat, AGENT)).orElse(ChatOutcome.NOT_FOUND);
    }

    /** Number of chats an agent has in progress, for supervision. */
    public long activeChatsOf(long agentId) {
        return entityManager
                .createQuery("SELECT COUNT(c) FROM Chat c WHERE c.agent.id = :id AND c.status = :active", Long.class)
                .setParameter("id", agentId)
                .setParameter("active", ChatStatus.ACTIVE)
                .getSingleResult();
    }

    private ChatOutcome say(Chat chat, String from, String text) {
        String body = blankToNull(text);
        if (body == null || body.length() > MAX_TEXT || chat.getStatus() == ChatStatus.ENDED) {
            return ChatOutcome.CONFLICT;
        }
        addLine(chat, from, body, clock.instant());
        return ChatOutcome.DONE;
    }

    private ChatOutcome typing(Chat chat, String from) {
        if (chat.getStatus() == ChatStatus.ENDED) {
            return ChatOutcome.CONFLICT;
        }
        feed.publish(FeedEventTypes.CHAT_MESSAGE, event(chat, "typing", from, null));
        return ChatOutcome.DONE;
    }

    private ChatOutcome end(Chat chat, String by) {
        if (!chat.end(clock.instant())) {
            return ChatOutcome.CONFLICT;
        }
        chat.recordAs(transcripts.record(chat, lines(chat)));
        feed.publish(FeedEventTypes.CHAT_MESSAGE, event(chat, "ended", by, null));
        return ChatOutcome.DONE;
    }

    private void addLine(Chat chat, String from, String text, Instant at) {
        ChatMessage message = new ChatMessage(chat, from, text, at);
        entityManager.persist(message);
        entityManager.flush();
        feed.publish(FeedEventTypes.CHAT_MESSAGE, event(chat, "message", from, line(message)));
    }

    private Optional<Chat> consumerChat(long chatId, String key) {
        return Optional.ofNullable(entityManager.find(Chat.class, chatId))
                .filter(chat -> TrackingCodes.matches(key, chat.getKeyHash()));
    }

    /** The chat, if this agent is the one who accepted it. */
    private Optional<Chat> agentsChat(long chatId, String agentEmail) {
        return Optional.ofNullable(entityManager.find(Chat.class, chatId))
                .filter(chat ->
                        chat.getAgent() != null && chat.getAgent().getEmail().equalsIgnoreCase(agentEmail));
    }

    private Optional<UserAccount> staff(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(u -> u.getRole() != Role.CUSTOMER);
    }

    private List<ChatLine> lines(Chat chat) {
        return entityManager
                .createQuery(
                        "SELECT m FROM ChatMessage m WHERE m.chat = :chat ORDER BY m.sentAt, m.id", ChatMessage.class)
                .setParameter("chat", chat)
                .getResultStream()
                .map(ChatService::line)
                .toList();
    }

    private ChatView view(Chat chat) {
        UserAccount agent = chat.getAgent();
        return new ChatView(
                chat.getId(),
                chat.getStatus().wireName(),
                chat.getVisitorName(),
                chat.getLanguage(),
                agent == null ? null : agent.getDisplayName(),
                agent == null ? null : agent.getEmail(),
                chat.getStartedAt(),
                lines(chat));
    }

    private static ChatEvent event(Chat chat, String kind, String from, ChatLine line) {
        UserAccount agent = chat.getAgent();
        return new ChatEvent(
                chat.getId(),
                kind,
                from,
                chat.getVisitorName(),
                agent == null ? null : agent.getDisplayName(),
                agent == null ? null : agent.getEmail(),
                line);
    }

    private static ChatLine line(ChatMessage message) {
        return new ChatLine(message.getId(), message.getAuthor(), message.getBody(), message.getSentAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
