package org.caredesk.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tracking code issued for one mail's link to its case. Each mail about a case carries a fresh
 * code, kept only as its hash like the case's own tracking code, so the database holds no code a
 * reader could use (the case's first code is shown once and never stored in plain).
 */
@Entity
@Table(name = "case_link_code")
public class CaseLinkCode {
    private static final TrackingCodes CODES = new TrackingCodes();

    @Id
    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseLinkCode() {}

    private CaseLinkCode(String codeHash, long caseId, Instant createdAt) {
        this.codeHash = codeHash;
        this.caseId = caseId;
        this.createdAt = createdAt;
    }

    /** A new code for a link to case {@code caseId}, its hash stored; the code itself goes only into the mail. */
    public static String issue(EntityManager entityManager, long caseId, Instant now) {
        String code = CODES.newCode();
        entityManager.persist(new CaseLinkCode(TrackingCodes.hash(code), caseId, now));
        return code;
    }

    /**
     * A merged case's tracking code opens the case it was merged into as well: its hash is carried over
     * (a code already carried, by an earlier merge, is left where it is).
     */
    static void carry(EntityManager entityManager, String codeHash, long caseId, Instant now) {
        if (codeHash != null && entityManager.find(CaseLinkCode.class, codeHash) == null) {
            entityManager.persist(new CaseLinkCode(codeHash, caseId, now));
        }
    }

    /** Whether {@code code} was issued for a link to case {@code caseId}. */
    static boolean opens(EntityManager entityManager, String code, long caseId) {
        if (code == null || code.isBlank()) {
            return false;
        }
        CaseLinkCode issued = entityManager.find(CaseLinkCode.class, TrackingCodes.hash(code));
        return issued != null && issued.caseId == caseId;
    }
}
