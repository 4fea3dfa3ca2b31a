package org.caredesk.domain.presence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/**
 * Keeps staff presence: online while at least one console connection is open, away when they say
 * so, offline otherwise. Every change of status is announced on the live feed as {@code presence}.
 */
@ApplicationScoped
@Transactional
public class Presence {
    private final EntityManager entityManager;
    private final FeedPublisher feed;
    private final Clock clock;

    protected Presence() {
        this(null, null, null);
    }

    @Inject
    public Presence(EntityManager entityManager, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.clock = clock;
    }

    public void connected(String email) {
        change(email, (presence, now) -> presence.connected(now));
    }

    public void disconnected(String email) {
        change(email, (presence, now) -> presence.disconnected(now));
    }

    public void away(String email, boolean away) {
        change(email, (presence, now) -> presence.away(away));
    }

    /** A console confirms that these people's connections are still open. */
    public void stillConnected(Collection<String> emails) {
        Instant now = clock.instant();
        for (String email : emails) {
            staff(email)
                    .map(user -> entityManager.find(AgentPresence.class, user.getId()))
                    .ifPresent(presence -> presence.seen(now));
        }
    }

    /** How many agents could take a chat right now (online, not away). */
    public long agentsAvailable() {
        Instant now = clock.instant();
        return entityManager
                .createQuery(
                        "SELECT p FROM AgentPresence p WHERE p.connections > 0 AND p.away = false "
                                + "AND p.seenAt > :fresh",
                        AgentPresence.class)
                .setParameter("fresh", now.minus(AgentPresence.FRESH))
                .getResultList()
                .size();
    }

    public String statusOf(String email) {
        Instant now = clock.instant();
        return staff(email)
                .map(user -> entityManager.find(AgentPresence.class, user.getId()))
                .map(p -> p.status(now))
                .orElse("offline");
    }

    private void change(String email, java.util.function.BiConsumer<AgentPresence, Instant> change) {
        Optional<UserAccount> user = staff(email);
        if (user.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        AgentPresence presence =
                entityManager.find(AgentPresence.class, user.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (presence == null) {
            presence = new AgentPresence(user.get().getId(), now);
            entityManager.persist(presence);
        }
        String before = presence.status(now);
        change.accept(presence, now);
        String after = presence.status(now);
        if (!before.equals(after)) {
            feed.publish(
                    FeedEventTypes.PRESENCE,
                    new PresenceChange(user.get().getEmail(), user.get().getDisplayName(), after));
        }
    }

    Optional<UserAccount> staff(String email) {
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
}
