package org.caredesk.domain.user;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a user is to CareDesk. Roles nest: a supervisor can do all an agent can, an admin all a
 * supervisor can, so the security groups of a user are its role and every role below it.
 */
public enum Role {
    CUSTOMER,
    AGENT,
    SUPERVISOR,
    ADMIN;

    public static final String CUSTOMER_GROUP = "customer";
    public static final String AGENT_GROUP = "agent";
    public static final String SUPERVISOR_GROUP = "supervisor";
    public static final String ADMIN_GROUP = "admin";

    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The security groups this role grants. */
    public Set<String> groups() {
        Set<Role> granted =
                switch (this) {
                    case CUSTOMER -> EnumSet.of(CUSTOMER);
                    case AGENT -> EnumSet.of(AGENT);
                    case SUPERVISOR -> EnumSet.of(AGENT, SUPERVISOR);
                    case ADMIN -> EnumSet.of(AGENT, SUPERVISOR, ADMIN);
                };
        return granted.stream().map(Role::group).collect(Collectors.toUnmodifiableSet());
    }
}
