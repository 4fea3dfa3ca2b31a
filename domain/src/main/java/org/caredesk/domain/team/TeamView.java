package org.caredesk.domain.team;

import java.util.Comparator;
import java.util.List;

/** A team as pages and the API show it: members by login, the lead's login (or null). */
public record TeamView(long id, String name, String lead, List<String> members) {
    static TeamView of(Team team) {
        return new TeamView(
                team.getId(),
                team.getName(),
                team.getLead() == null ? null : team.getLead().getEmail(),
                team.getMembers().stream()
                        .map(m -> m.getEmail())
                        .sorted(Comparator.naturalOrder())
                        .toList());
    }
}
