package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.team.Team;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/**
 * Staff work a case: claim, assign, reply, note, status, priority, tags. Every change carries the
 * version of the case its author saw; when the case moved on since, nothing changes and a
 * {@link CaseConflictException} says so (optimistic locking: the database's version column decides
 * between two agents who saved at the same moment). Every change is announced as
 * {@code case.updated} so other consoles follow it live.
 */
@ApplicationScoped
@Transactional
public class CaseWork {
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 60;

    private final EntityManager entityManager;
    private final CaseQueries queries;
    private final FeedPublisher feed;
    private final Clock clock;
    private final Consumer<CaseEvent> events;

    protected CaseWork() {
        this(null, null, null, null);
    }

    public CaseWork(EntityManager entityManager, CaseQueries queries, FeedPublisher feed, Clock clock) {
        this(entityManager, queries, feed, clock, (Consumer<CaseEvent>) e -> {});
    }

    @Inject
    public CaseWork(
            EntityManager entityManager,
            CaseQueries queries,
            FeedPublisher feed,
            Clock clock,
            Event<CaseEvent> events) {
        this(entityManager, queries, feed, clock, events == null ? e -> {} : events::fire);
    }

    /** For tests outside a container: {@code events} stands in for the CDI observers (the consumer's mails). */
    public CaseWork(
            EntityManager entityManager,
            CaseQueries queries,
            FeedPublisher feed,
            Clock clock,
            Consumer<CaseEvent> events) {
        this.events = events;
        this.entityManager = entityManager;
        this.queries = queries;
        this.feed = feed;
        this.clock = clock;
    }

    /** The staff member takes the case; refused when someone else holds it already. */
    public long claim(String caseNumber, long seenVersion, StaffMember by) {
        return change(caseNumber, seenVersion, by, c -> {
            if (c.getAssignee() != null && !c.getAssignee().getEmail().equals(by.login())) {
                throw new CaseConflictException(
                        c.getCaseNumber(),
                        c.getVersion(),
                        c.getAssignee().getEmail(),
                        "Case " + c.getCaseNumber() + " is already claimed by "
                                + c.getAssignee().getEmail());
            }
            c.assignTo(staff(by.login()));
        });
    }

    /** A supervisor gives the case to {@code assignee} (a staff login), or to nobody when null. */
    public long assign(String caseNumber, long seenVersion, String assignee, StaffMember by) {
        if (!by.supervisor()) {
            throw new SecurityException("Only supervisors assign cases to others");
        }
        return change(
                caseNumber,
                seenVersion,
                by,
                c -> c.assignTo(assignee == null || assignee.isBlank() ? null : staff(assignee)));
    }

    /**
     * A supervisor puts the case in a team's queue, unassigned within it (a member then claims it), or back in
     * the general queue when {@code teamId} is null.
     */
    public long assignTeam(String caseNumber, long seenVersion, Long teamId, StaffMember by) {
        if (!by.supervisor()) {
            throw new SecurityException("Only supervisors move cases between teams");
        }
        Team team = teamId == null ? null : entityManager.find(Team.class, teamId);
        if (teamId != null && team == null) {
            throw new IllegalArgumentException("No team " + teamId);
        }
        return change(caseNumber, seenVersion, by, c -> c.assignToTeam(team));
    }

    /** Answers the consumer: an outbound contact they see in the portal. */
    public long reply(String caseNumber, long seenVersion, String text, StaffMember by) {
        return reply(caseNumber, seenVersion, text, by, (c, reply) -> {});
    }

    /**
     * Answers the consumer and lets {@code withReply} add to the reply in the same transaction (the files
     * attached to it), so the reply and what came with it are stored together or not at all.
     */
    public long reply(
            String caseNumber,
            long seenVersion,
            String text,
            StaffMember by,
            java.util.function.BiConsumer<SupportCase, Contact> withReply) {
        String body = text(text);
        List<CaseEvent> happened = new java.util.ArrayList<>();
        long version = change(caseNumber, seenVersion, by, c -> {
            Instant now = clock.instant();
            // The agent is the sender: the timelines name who answered.
            Contact reply = Contact.fromAgent(c.getChannel(), body, now)
                    .inCase(c)
                    .from(c.getCustomer())
                    .about(c.getProduct())
                    .byStaff(by.login())
                    .build();
            entityManager.persist(reply);
            withReply.accept(c, reply);
            c.noteAgentReply(now);
            happened.add(new CaseEvent.AgentReplied(c.getId(), reply.getId()));
        });
        // After the version check won: observers (the consumer's mail) write in the same transaction.
        happened.forEach(events);
        return version;
    }

    /** An internal note: for staff only, never shown to the consumer. */
    public long note(String caseNumber, long seenVersion, String text, StaffMember by) {
        String body = text(text);
        return change(
                caseNumber,
                seenVersion,
                by,
                c -> entityManager.persist(Contact.fromAgent(c.getChannel(), body, clock.instant())
                        .inCase(c)
                        .from(c.getCustomer())
                        .about(c.getProduct())
                        .byStaff(by.login())
                        .internal()
                        .build()));
    }

    public long changeStatus(String caseNumber, long seenVersion, CaseStatus status, StaffMember by) {
        List<CaseEvent> happened = new java.util.ArrayList<>();
        long version = change(caseNumber, seenVersion, by, c -> {
            boolean newlyResolved = status == CaseStatus.RESOLVED && c.getStatus() != CaseStatus.RESOLVED;
            c.changeStatus(status, clock.instant());
            if (newlyResolved) {
                happened.add(new CaseEvent.Resolved(c.getId()));
            }
        });
        happened.forEach(events);
        return version;
    }

    public long changePriority(String caseNumber, long seenVersion, CasePriority priority, StaffMember by) {
        return change(caseNumber, seenVersion, by, c -> c.changePriority(priority));
    }

    /** Replaces the case's tags: trimmed, lower-cased, duplicates and blanks dropped, kept in alphabetical order. */
    public long changeTags(String caseNumber, long seenVersion, Collection<String> tags, StaffMember by) {
        List<String> cleaned = cleanTags(tags);
        return change(caseNumber, seenVersion, by, c -> c.replaceTags(cleaned));
    }

    private static List<String> cleanTags(Collection<String> tags) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
            if (t.length() > MAX_TAG_LENGTH) {
                throw new IllegalArgumentException("A tag is longer than " + MAX_TAG_LENGTH + " characters");
            }
            if (!t.isEmpty()) {
                cleaned.add(t);
            }
        }
        if (cleaned.size() > MAX_TAGS) {
            throw new IllegalArgumentException("More than " + MAX_TAGS + " tags");
        }
        return cleaned.stream().sorted().toList();
    }

    /**
     * Several properties changed as one change: one version step, one {@code case.updated} event (a bulk
     * action's change of one case). Taking an unassigned case for oneself is a claim, allowed to any agent;
     * giving a case to someone else is a supervisor's.
     */
    public long changeTogether(String caseNumber, long seenVersion, PropertyChanges wanted, StaffMember by) {
        List<String> tags = wanted.tags() == null ? null : cleanTags(wanted.tags());
        String assignee = wanted.assignee() == null || wanted.assignee().isBlank()
                ? null
                : wanted.assignee().trim().toLowerCase(Locale.ROOT);
        boolean claim = assignee != null && assignee.equals(by.login());
        if (wanted.reassign() && !claim && !by.supervisor()) {
            throw new SecurityException("Only supervisors assign cases to others");
        }
        List<CaseEvent> happened = new java.util.ArrayList<>();
        long version = change(caseNumber, seenVersion, by, c -> {
            if (wanted.reassign()) {
                if (claim
                        && !by.supervisor()
                        && c.getAssignee() != null
                        && !c.getAssignee().getEmail().equals(by.login())) {
                    throw new CaseConflictException(
                            c.getCaseNumber(),
                            c.getVersion(),
                            c.getAssignee().getEmail(),
                            "Case " + c.getCaseNumber() + " is already claimed by "
                                    + c.getAssignee().getEmail());
                }
                c.assignTo(assignee == null ? null : staff(assignee));
            }
            if (wanted.status() != null) {
                if (wanted.status() == CaseStatus.RESOLVED && c.getStatus() != CaseStatus.RESOLVED) {
                    happened.add(new CaseEvent.Resolved(c.getId()));
                }
                c.changeStatus(wanted.status(), clock.instant());
            }
            if (wanted.priority() != null) {
                c.changePriority(wanted.priority());
            }
            if (tags != null) {
                c.replaceTags(tags);
            }
        });
        happened.forEach(events);
        return version;
    }

    /**
     * What a staff member changes at once on the case page. A null field stays as it is; {@code assignee}
     * counts only when {@code reassign} is set (then null or blank means nobody).
     */
    public record PropertyChanges(
            CaseStatus status, CasePriority priority, Collection<String> tags, boolean reassign, String assignee) {}

    /**
     * Saves the case page's properties in one transaction: all of them or, on a conflict or a refusal,
     * none. Answers the new version.
     */
    public long changeProperties(String caseNumber, long seenVersion, PropertyChanges wanted, StaffMember by) {
        long version = seenVersion;
        if (wanted.status() != null) {
            version = changeStatus(caseNumber, version, wanted.status(), by);
        }
        if (wanted.priority() != null) {
            version = changePriority(caseNumber, version, wanted.priority(), by);
        }
        if (wanted.tags() != null) {
            version = changeTags(caseNumber, version, wanted.tags(), by);
        }
        if (wanted.reassign()) {
            version = assign(caseNumber, version, wanted.assignee(), by);
        }
        return version;
    }

    /**
     * Applies {@code work} when the stored version is the one the staff member saw, stamps who changed
     * it, and announces it. Answers the new version.
     */
    private long change(String caseNumber, long seenVersion, StaffMember by, Consumer<SupportCase> work) {
        SupportCase supportCase =
                queries.byNumber(caseNumber).orElseThrow(() -> new IllegalArgumentException("No case " + caseNumber));
        if (supportCase.getVersion() != seenVersion) {
            throw stale(supportCase);
        }
        // Read before the change: a query in between would flush it outside the conflict handling below.
        SlaTargets.Lookup targets = new SlaTargets(entityManager).lookup();
        work.accept(supportCase);
        // Status, priority or a first answer may have moved the SLA times the views sort by.
        supportCase.scheduleSla(targets);
        supportCase.changedBy(by.login(), clock.instant());
        // Forces the version check and increment even when only a related row (a contact) changed.
        entityManager.lock(supportCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new CaseConflictException(
                    caseNumber, -1, null, "Case " + caseNumber + " was changed by someone else at the same moment");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new CaseConflictException(
                        caseNumber, -1, null, "Case " + caseNumber + " was changed by someone else at the same moment");
            }
            throw e;
        }
        feed.publish(FeedEventTypes.CASE_UPDATED, CaseSummary.of(supportCase));
        return supportCase.getVersion();
    }

    private static CaseConflictException stale(SupportCase c) {
        return new CaseConflictException(
                c.getCaseNumber(),
                c.getVersion(),
                c.getUpdatedBy(),
                "Case " + c.getCaseNumber() + " was changed"
                        + (c.getUpdatedBy() == null ? "" : " by " + c.getUpdatedBy()) + " since you opened it");
    }

    private UserAccount staff(String login) {
        UserAccount account = entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(u -> u.getRole() != Role.CUSTOMER && u.isEnabled())
                .orElseThrow(() -> new IllegalArgumentException("No staff member " + login));
        return account;
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The text is longer than " + MAX_TEXT + " characters");
        }
        return text.strip();
    }
}
