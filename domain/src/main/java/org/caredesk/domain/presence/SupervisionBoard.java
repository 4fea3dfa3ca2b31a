package org.caredesk.domain.presence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.chat.ChatStatus;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/** What a supervisor watches: every staff member's status and load, and the queues' size and age. */
@ApplicationScoped
@Transactional
public class SupervisionBoard {
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING);

    private final EntityManager entityManager;
    private final Clock clock;

    protected SupervisionBoard() {
        this(null, null);
    }

    @Inject
    public SupervisionBoard(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Staff ordered online first, then away, then offline, then by name. */
    public List<AgentStatus> agents() {
        Instant now = clock.instant();
        Map<Long, Long> cases = counts(
                "SELECT c.assignee.id, COUNT(c) FROM SupportCase c "
                        + "WHERE c.assignee IS NOT NULL AND c.status IN :open GROUP BY c.assignee.id",
                "open",
                OPEN);
        Map<Long, Long> chats = counts(
                "SELECT c.agent.id, COUNT(c) FROM Chat c "
                        + "WHERE c.agent IS NOT NULL AND c.status = :active GROUP BY c.agent.id",
                "active",
                ChatStatus.ACTIVE);
        Map<Long, AgentPresence> presence = new HashMap<>();
        entityManager
                .createQuery("SELECT p FROM AgentPresence p", AgentPresence.class)
                .getResultStream()
                .forEach(p -> presence.put(p.userId(), p));
        return entityManager
                .createQuery(
                        "SELECT u FROM UserAccount u WHERE u.role <> :customer AND u.enabled = true", UserAccount.class)
                .setParameter("customer", Role.CUSTOMER)
                .getResultStream()
                .map(u -> new AgentStatus(
                        u.getEmail(),
                        u.getDisplayName(),
                        u.getRole().name().toLowerCase(java.util.Locale.ROOT),
                        presence.containsKey(u.getId())
                                ? presence.get(u.getId()).status(now)
                                : "offline",
                        cases.getOrDefault(u.getId(), 0L),
                        chats.getOrDefault(u.getId(), 0L)))
                .sorted(Comparator.comparingInt((AgentStatus a) -> rank(a.status()))
                        .thenComparing(AgentStatus::name))
                .toList();
    }

    public QueueFigures queues() {
        Map<CaseStatus, Long> byStatus = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT c.status, COUNT(c) FROM SupportCase c WHERE c.status IN :open GROUP BY c.status",
                        Object[].class)
                .setParameter("open", OPEN)
                .getResultStream()
                .forEach(row -> byStatus.put((CaseStatus) row[0], ((Number) row[1]).longValue()));
        // The first by order rather than MIN(…): EclipseLink hands an aggregate of a converted attribute to the
        // Instant converter as the driver's Timestamp on PostgreSQL, which it cannot convert.
        Instant oldestNew = entityManager
                .createQuery(
                        "SELECT c.createdAt FROM SupportCase c WHERE c.status = :new ORDER BY c.createdAt",
                        Instant.class)
                .setParameter("new", CaseStatus.NEW)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Map<ChatStatus, Long> chats = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT c.status, COUNT(c) FROM Chat c WHERE c.status <> :ended GROUP BY c.status",
                        Object[].class)
                .setParameter("ended", ChatStatus.ENDED)
                .getResultStream()
                .forEach(row -> chats.put((ChatStatus) row[0], ((Number) row[1]).longValue()));
        Instant oldestChat = entityManager
                .createQuery(
                        "SELECT c.startedAt FROM Chat c WHERE c.status = :waiting ORDER BY c.startedAt", Instant.class)
                .setParameter("waiting", ChatStatus.WAITING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new QueueFigures(
                byStatus.getOrDefault(CaseStatus.NEW, 0L),
                byStatus.getOrDefault(CaseStatus.OPEN, 0L),
                byStatus.getOrDefault(CaseStatus.PENDING, 0L),
                oldestNew,
                chats.getOrDefault(ChatStatus.WAITING, 0L),
                chats.getOrDefault(ChatStatus.ACTIVE, 0L),
                oldestChat);
    }

    private Map<Long, Long> counts(String query, String parameter, Object value) {
        Map<Long, Long> counts = new HashMap<>();
        entityManager
                .createQuery(query, Object[].class)
                .setParameter(parameter, value)
                .getResultStream()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    private static int rank(String status) {
        return switch (status) {
            case "online" -> 0;
            case "away" -> 1;
            default -> 2;
        };
    }
}
