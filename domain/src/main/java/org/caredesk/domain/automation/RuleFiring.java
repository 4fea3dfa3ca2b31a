package org.caredesk.domain.automation;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One firing of a rule on a case: for the "time since last update" trigger and for counting. */
@Entity
@Table(name = "rule_firing")
public class RuleFiring {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "rule_id")
    private long ruleId;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "fired_at")
    private Instant firedAt;

    protected RuleFiring() {}

    RuleFiring(long ruleId, long caseId, Instant firedAt) {
        this.ruleId = ruleId;
        this.caseId = caseId;
        this.firedAt = firedAt;
    }
}
