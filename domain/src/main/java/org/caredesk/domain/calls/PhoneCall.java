package org.caredesk.domain.calls;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.platform.Ids;

/** A call the PBX announced: ringing at an agent, then ended; its contact is on the caller's timeline. */
@Entity
@Table(name = "phone_call")
public class PhoneCall {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "caller_number")
    private String callerNumber;

    @Column(name = "dialled_line")
    private String dialledLine;

    @Column(name = "agent_login")
    private String agentLogin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(name = "token_id")
    private long tokenId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    private String outcome;

    private String note;

    protected PhoneCall() {}

    PhoneCall(String callerNumber, String dialledLine, String agentLogin, Customer customer, long tokenId, Instant at) {
        this.callerNumber = callerNumber;
        this.dialledLine = dialledLine;
        this.agentLogin = agentLogin;
        this.customer = customer;
        this.tokenId = tokenId;
        this.startedAt = at;
    }

    void end(int durationSeconds, String outcome, Instant at, Contact contact) {
        this.durationSeconds = durationSeconds;
        this.outcome = outcome;
        this.endedAt = at;
        this.contact = contact;
    }

    void annotate(String note, SupportCase supportCase) {
        this.note = note;
        if (supportCase != null) {
            this.supportCase = supportCase;
        }
    }

    boolean ended() {
        return endedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public String getDialledLine() {
        return dialledLine;
    }

    public String getAgentLogin() {
        return agentLogin;
    }

    public Customer getCustomer() {
        return customer;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public Contact getContact() {
        return contact;
    }

    public long getTokenId() {
        return tokenId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }
}
