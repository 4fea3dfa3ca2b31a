package org.caredesk.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Two related cases (say, all the cases behind one alert). Stored once each way, so either case lists the other. */
@Entity
@Table(name = "case_relation")
@IdClass(CaseRelation.Key.class)
public class CaseRelation {
    @Id
    @Column(name = "case_id")
    private long caseId;

    @Id
    @Column(name = "related_id")
    private long relatedId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected CaseRelation() {}

    CaseRelation(long caseId, long relatedId, Instant createdAt, String createdBy) {
        this.caseId = caseId;
        this.relatedId = relatedId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The composite key (a class, not a record: the JPA provider sets its fields). */
    public static class Key implements Serializable {
        private long caseId;
        private long relatedId;

        public Key() {}

        public Key(long caseId, long relatedId) {
            this.caseId = caseId;
            this.relatedId = relatedId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.caseId == caseId && k.relatedId == relatedId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(caseId) * 31 + Long.hashCode(relatedId);
        }
    }

    public long getCaseId() {
        return caseId;
    }

    public long getRelatedId() {
        return relatedId;
    }
}
