package org.caredesk.domain.team;

import jakarta.persistence.*;
import java.util.LinkedHashSet;
import java.util.Set;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.user.UserAccount;

/** A team of staff (Safety, Billing, …) with a lead who hears of its SLA breaches; its cases form its queue. */
@Entity
@Table(name = "team")
public class Team {
    public static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private UserAccount lead;

    @ManyToMany
    @JoinTable(
            name = "team_member",
            joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> members = new LinkedHashSet<>();

    @Version
    private long version;

    protected Team() {}

    public Team(String name) {
        rename(name);
    }

    public void rename(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("A team's name has 1 to " + MAX_NAME + " characters");
        }
        this.name = trimmed;
    }

    /** The lead is a member too: they work the team's queue. */
    public void leadBy(UserAccount lead) {
        this.lead = lead;
        if (lead != null) {
            members.add(lead);
        }
    }

    public void add(UserAccount member) {
        members.add(member);
    }

    public void remove(UserAccount member) {
        members.remove(member);
        if (lead != null && lead.getId().equals(member.getId())) {
            lead = null;
        }
    }

    public boolean hasMember(String login) {
        return members.stream().anyMatch(m -> m.getEmail().equals(login));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UserAccount getLead() {
        return lead;
    }

    public Set<UserAccount> getMembers() {
        return Set.copyOf(members);
    }
}
