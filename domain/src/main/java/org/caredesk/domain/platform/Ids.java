package org.caredesk.domain.platform;

/**
 * Names shared by every entity's id mapping: one sequence allocated in blocks of 50, so that
 * ids come from the database (both web applications and every instance share it) without a
 * round trip per insert.
 * The generator itself is declared once, in {@code META-INF/orm.xml}.
 */
public final class Ids {
    public static final String GENERATOR = "entity_seq";

    private Ids() {}
}
