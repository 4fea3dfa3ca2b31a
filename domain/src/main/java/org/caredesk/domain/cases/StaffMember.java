package org.caredesk.domain.cases;

/** Who works a case: the login of an agent or supervisor, and whether they may assign cases to others. */
public record StaffMember(String login, boolean supervisor) {}
