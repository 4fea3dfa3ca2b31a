package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.chat.ChatOutcome;
import org.caredesk.domain.chat.ChatService;
import org.caredesk.domain.chat.ChatTicket;
import org.caredesk.domain.chat.ChatTranscripts;
import org.caredesk.domain.chat.ChatView;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.feed.FeedRetention;
import org.caredesk.domain.presence.Presence;
import org.caredesk.domain.presence.SupervisionBoard;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Live chat, presence and feed retention on every supported database (H2 and PostgreSQL
 * subclasses), against the schema from the Flyway migrations.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class LiveChatContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private ChatService chats;
    private Presence presence;
    private SupervisionBoard board;
    private FeedReader feedReader;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        ContactTagger tagger = new ContactTagger();
        chats = new ChatService(em, feed, new ChatTranscripts(em, tagger, new ProductCatalogue(em), feed), clock);
        presence = new Presence(em, feed, clock);
        board = new SupervisionBoard(em, clock);
        feedReader = new FeedReader(em);
    }

    @Test
    void aChatIsAcceptedOnceAndEndsAsOneTaggedChatContact() {
        String agent = staff("agent");
        String rival = staff("rival");
        ChatTicket ticket =
                tx(() -> chats.start("Carla", "en", "The heater smells of burning plastic, I am scared.", null));

        assertTrue(tx(() -> chats.forConsumer(ticket.chatId(), "WRONGKEY1234")).isEmpty(), "another key opens nothing");
        assertEquals(ChatOutcome.NOT_FOUND, tx(() -> chats.agentSays(ticket.chatId(), agent, "not accepted yet")));
        assertEquals(ChatOutcome.DONE, tx(() -> chats.accept(ticket.chatId(), agent)));
        assertEquals(ChatOutcome.CONFLICT, tx(() -> chats.accept(ticket.chatId(), rival)), "the second agent loses");
        assertEquals(ChatOutcome.DONE, tx(() -> chats.agentSays(ticket.chatId(), agent, "Please unplug it now.")));
        assertEquals(ChatOutcome.NOT_FOUND, tx(() -> chats.agentSays(ticket.chatId(), rival, "hello")));
        assertEquals(
                ChatOutcome.DONE, tx(() -> chats.consumerSays(ticket.chatId(), ticket.key(), "Done. It was awful.")));
        assertEquals(ChatOutcome.CONFLICT, tx(() -> chats.consumerSays(ticket.chatId(), ticket.key(), "   ")));

        ChatView view =
                tx(() -> chats.forConsumer(ticket.chatId(), ticket.key())).orElseThrow();
        assertEquals("active", view.status());
        assertEquals(
                List.of("consumer", "agent", "consumer"),
                view.lines().stream().map(l -> l.from()).toList());
        assertEquals(
                1,
                board.agents().stream()
                        .filter(a -> a.email().equals(agent))
                        .findFirst()
                        .orElseThrow()
                        .activeChats());

        long before = feedReader.head();
        assertEquals(ChatOutcome.DONE, tx(() -> chats.endByConsumer(ticket.chatId(), ticket.key())));
        assertEquals(ChatOutcome.CONFLICT, tx(() -> chats.endByAgent(ticket.chatId(), agent)), "ended once");

        Contact transcript =
                jpa.inTransaction(em -> em.createQuery("SELECT c.contact FROM Chat c WHERE c.id = :id", Contact.class)
                        .setParameter("id", ticket.chatId())
                        .getSingleResult());
        assertEquals(Channel.CHAT, transcript.getChannel());
        assertEquals(
                "Consumer: The heater smells of burning plastic, I am scared.\nAgent: Please unplug it now.\n"
                        + "Consumer: Done. It was awful.",
                transcript.getBody());
        assertEquals("negative", transcript.getSentiment());
        assertFalse(transcript.getHazards().isEmpty(), "burning plastic is a hazard signal");

        List<FeedRecord> events = feedReader.after(before, 10);
        assertEquals(
                List.of(FeedEventTypes.CONTACT_TAGGED, FeedEventTypes.CHAT_MESSAGE),
                events.stream().map(FeedRecord::type).toList());
        assertTrue(
                events.get(1).dataJson().contains("\"kind\":\"ended\""),
                events.get(1).dataJson());
    }

    @Test
    void presenceIsOnlineWhileConnectedAwayOnRequestOfflineOtherwise() {
        String agent = staff("presence");
        long before = tx(presence::agentsAvailable);
        assertEquals("offline", tx(() -> presence.statusOf(agent)));

        run(() -> presence.connected(agent));
        assertEquals("online", tx(() -> presence.statusOf(agent)));
        assertEquals(before + 1, tx(presence::agentsAvailable));
        run(() -> presence.away(agent, true));
        assertEquals("away", tx(() -> presence.statusOf(agent)));
        assertEquals(before, tx(presence::agentsAvailable), "an away agent takes no chats");
        run(() -> presence.away(agent, false));
        run(() -> presence.disconnected(agent));
        assertEquals("offline", tx(() -> presence.statusOf(agent)));

        long head = feedReader.head();
        run(() -> presence.connected(agent));
        List<FeedRecord> events = feedReader.after(head, 10);
        assertEquals(1, events.size());
        assertEquals(FeedEventTypes.PRESENCE, events.get(0).type());
        assertTrue(
                events.get(0).dataJson().contains("\"status\":\"online\""),
                events.get(0).dataJson());
        run(() -> presence.disconnected(agent));
    }

    @Test
    void feedEventsAreKeptAtLeastADayAndDeletedAfterTwo() {
        Instant now = Instant.now();
        long old = publishAt(now.minus(Duration.ofHours(49)));
        long dayOld = publishAt(now.minus(Duration.ofHours(25)));
        long fresh = publishAt(now);

        int deleted =
                tx(() -> new FeedRetention(jpa.entityManager(), Clock.fixed(now, ZoneOffset.UTC)).deleteExpired());

        assertTrue(deleted >= 1, "deleted " + deleted);
        List<Long> kept =
                feedReader.after(old - 1, 1000).stream().map(FeedRecord::seq).toList();
        assertFalse(kept.contains(old), "an event of 49 hours ago is gone");
        assertTrue(kept.contains(dayOld) && kept.contains(fresh), "younger events stay: " + kept);
    }

    private long publishAt(Instant at) {
        return tx(() -> new FeedPublisher(jpa.entityManager(), Clock.fixed(at, ZoneOffset.UTC))
                .publish(FeedEventTypes.CASE_UPDATED, java.util.Map.of("test", "retention")));
    }

    private String staff(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        jpa.inTransaction(em -> {
            em.persist(new UserAccount(email, null, Role.AGENT, "Agent " + prefix, null, Instant.now()));
            return null;
        });
        return email;
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return jpa.inTransaction(em -> work.get());
    }

    private void run(Runnable work) {
        jpa.inTransaction(em -> {
            work.run();
            return null;
        });
    }
}
