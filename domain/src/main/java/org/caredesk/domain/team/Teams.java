package org.caredesk.domain.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/** Supervisors manage teams: name, lead, members. Anyone on staff reads them. */
@ApplicationScoped
@Transactional
public class Teams {
    private final EntityManager entityManager;

    protected Teams() {
        this(null);
    }

    @Inject
    public Teams(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<TeamView> all() {
        return entityManager
                .createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class)
                .getResultStream()
                .map(TeamView::of)
                .toList();
    }

    public Optional<TeamView> byId(long id) {
        return Optional.ofNullable(entityManager.find(Team.class, id)).map(TeamView::of);
    }

    public Optional<TeamView> byName(String name) {
        return entityManager
                .createQuery("SELECT t FROM Team t WHERE LOWER(t.name) = :name", Team.class)
                .setParameter("name", name == null ? "" : name.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(TeamView::of);
    }

    /** The teams {@code login} belongs to, by name. */
    public List<TeamView> of(String login) {
        return entityManager
                .createQuery("SELECT t FROM Team t JOIN t.members m WHERE m.email = :login ORDER BY t.name", Team.class)
                .setParameter("login", login)
                .getResultStream()
                .map(TeamView::of)
                .toList();
    }

    public TeamView create(String name) {
        requireFreeName(name, null);
        Team team = new Team(name);
        entityManager.persist(team);
        entityManager.flush();
        return TeamView.of(team);
    }

    public TeamView rename(long id, String name) {
        requireFreeName(name, id);
        Team team = team(id);
        team.rename(name);
        return TeamView.of(team);
    }

    /** Names the team's lead (a staff login), or nobody when blank. */
    public TeamView lead(long id, String login) {
        Team team = team(id);
        team.leadBy(login == null || login.isBlank() ? null : staff(login));
        return TeamView.of(team);
    }

    public TeamView addMember(long id, String login) {
        Team team = team(id);
        team.add(staff(login));
        return TeamView.of(team);
    }

    public TeamView removeMember(long id, String login) {
        Team team = team(id);
        team.remove(staff(login));
        return TeamView.of(team);
    }

    /** The team entity, for the case that joins its queue. */
    public Team team(long id) {
        Team team = entityManager.find(Team.class, id);
        if (team == null) {
            throw new IllegalArgumentException("No team " + id);
        }
        return team;
    }

    private void requireFreeName(String name, Long self) {
        byName(name).filter(t -> self == null || t.id() != self).ifPresent(t -> {
            throw new IllegalArgumentException("A team named " + t.name() + " exists already");
        });
    }

    private UserAccount staff(String login) {
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(u -> u.getRole() != Role.CUSTOMER && u.isEnabled())
                .orElseThrow(() -> new IllegalArgumentException("No staff member " + login));
    }
}
