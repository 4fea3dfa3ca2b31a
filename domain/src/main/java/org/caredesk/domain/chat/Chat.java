package org.caredesk.domain.chat;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.user.UserAccount;

/**
 * One live chat. The consumer holds a random key (only its hash is kept) that lets the portal
 * page reconnect after a reload; a signed-in customer's chat also belongs to the customer.
 */
@Entity
@Table(name = "chat")
public class Chat {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "key_hash")
    private String keyHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "visitor_name")
    private String visitorName;

    private String language;

    @Enumerated(EnumType.STRING)
    private ChatStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private UserAccount agent;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Version
    private long version;

    protected Chat() {}

    Chat(String keyHash, Customer customer, String visitorName, String language, Instant startedAt) {
        this.keyHash = keyHash;
        this.customer = customer;
        this.visitorName = visitorName;
        this.language = language;
        this.status = ChatStatus.WAITING;
        this.startedAt = startedAt;
    }

    /** The agent takes the chat; false when it is no longer waiting (another agent was quicker). */
    boolean accept(UserAccount by, Instant at) {
        if (status != ChatStatus.WAITING) {
            return false;
        }
        this.agent = by;
        this.status = ChatStatus.ACTIVE;
        this.acceptedAt = at;
        return true;
    }

    boolean end(Instant at) {
        if (status == ChatStatus.ENDED) {
            return false;
        }
        this.status = ChatStatus.ENDED;
        this.endedAt = at;
        return true;
    }

    void recordAs(Contact transcript) {
        this.contact = transcript;
    }

    public Long getId() {
        return id;
    }

    String getKeyHash() {
        return keyHash;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public String getLanguage() {
        return language;
    }

    public ChatStatus getStatus() {
        return status;
    }

    public UserAccount getAgent() {
        return agent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Contact getContact() {
        return contact;
    }
}
