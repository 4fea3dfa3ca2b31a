package org.caredesk.domain.cases;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.contact.Direction;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.contact.ProductMentionTag;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.product.Product;

/**
 * One entry of the contact history: a message, call, chat or note on any channel, in or out,
 * with the tags the sentiment pipeline gave it. Contacts are facts: they are added, never edited,
 * except for tags an agent corrects.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private Author author;

    @Column(name = "internal_note")
    private boolean internalNote;

    private String body;

    @Column(name = "sender_email")
    private String senderEmail;

    /** The staff member who wrote an agent's reply or note (their login); null for consumers' contacts. */
    @Column(name = "staff_login")
    private String staffLogin;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "external_id")
    private String externalId;

    /** The source's own harm flags of an imported complaint ("crash fire injured:2 deaths:1"); null when none. */
    @Column(name = "reported_harm")
    private String reportedHarm;

    /** The part or system an imported complaint was filed under ("AIR BAGS:FRONTAL"); null when none. */
    private String component;

    /** The product's model year of an imported complaint; null when not given. */
    @Column(name = "model_year")
    private Integer modelYear;

    private String language;

    private String sentiment;

    @Column(name = "sentiment_score")
    private Double sentimentScore;

    @Column(name = "sentiment_evidence")
    private String sentimentEvidence;

    @Column(name = "token_count")
    private Integer tokenCount;

    /** When the contact was stored or its tags last changed (the sentiment roll-up reads what changed). */
    @Column(name = "changed_at")
    private Instant changedAt;

    @ElementCollection
    @CollectionTable(name = "contact_hazard", joinColumns = @JoinColumn(name = "contact_id"))
    private List<HazardTag> hazards = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contact_product_mention", joinColumns = @JoinColumn(name = "contact_id"))
    private List<ProductMentionTag> productMentions = new ArrayList<>();

    protected Contact() {}

    private Contact(Builder builder) {
        this.supportCase = builder.supportCase;
        this.customer = builder.customer;
        this.product = builder.product;
        this.channel = builder.channel;
        this.direction = builder.direction;
        this.author = builder.author;
        this.internalNote = builder.internalNote;
        this.body = builder.body;
        this.senderEmail = builder.senderEmail;
        this.receivedAt = builder.receivedAt;
        this.externalId = builder.externalId;
        this.reportedHarm = builder.reportedHarm;
        this.component = builder.component;
        this.modelYear = builder.modelYear;
        this.staffLogin = builder.staffLogin;
    }

    public static Builder inbound(Channel channel, String body, Instant receivedAt) {
        return new Builder(channel, Direction.INBOUND, Author.CONSUMER, body, receivedAt);
    }

    public static Builder fromAgent(Channel channel, String body, Instant at) {
        return new Builder(channel, Direction.OUTBOUND, Author.AGENT, body, at);
    }

    /** Stores what the sentiment pipeline said about this contact, replacing earlier tags. */
    public void tag(ContactTags tags) {
        this.language = tags.language();
        this.sentiment = tags.sentiment();
        this.sentimentScore = tags.sentimentScore();
        this.sentimentEvidence = tags.sentimentEvidence();
        this.tokenCount = tags.tokenCount();
        this.hazards.clear();
        this.hazards.addAll(tags.hazards());
        this.productMentions.clear();
        this.productMentions.addAll(tags.productMentions());
        this.changedAt = Instant.now();
    }

    @PrePersist
    @PreUpdate
    void changed() {
        this.changedAt = Instant.now();
    }

    /** The message was split off into (or its case merged into) {@code other}: it belongs there now. */
    void moveTo(SupportCase other) {
        this.supportCase = other;
    }

    /**
     * A phone call's record is completed when its agent notes it, which may be after the PBX ended the call:
     * the text then holds the note, and the contact joins the case the agent chose.
     */
    public void completeCallRecord(String text, SupportCase about) {
        if (channel != Channel.PHONE) {
            throw new IllegalStateException("Only a call's record is completed afterwards");
        }
        this.body = text;
        if (about != null) {
            this.supportCase = about;
        }
    }

    /** An agent's correction of the sentiment label; the evidence says who decided it. */
    public void correctSentiment(String label, String evidence) {
        this.sentiment = label;
        this.sentimentEvidence = evidence;
        this.changedAt = Instant.now();
    }

    /** An agent's correction: a hazard category the pipeline missed. */
    public void addHazard(HazardTag hazard) {
        this.hazards.add(hazard);
    }

    /** An agent's correction: removes a hazard category; false when the contact had none of it. */
    public boolean removeHazard(String category) {
        return this.hazards.removeIf(h -> h.getCategory().equals(category));
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Product getProduct() {
        return product;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public Author getAuthor() {
        return author;
    }

    public boolean isInternalNote() {
        return internalNote;
    }

    public String getBody() {
        return body;
    }

    public String getStaffLogin() {
        return staffLogin;
    }

    public String getSenderEmail() {
        return senderEmail;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getReportedHarm() {
        return reportedHarm;
    }

    public String getComponent() {
        return component;
    }

    public Integer getModelYear() {
        return modelYear;
    }

    public String getLanguage() {
        return language;
    }

    public String getSentiment() {
        return sentiment;
    }

    public Double getSentimentScore() {
        return sentimentScore;
    }

    public String getSentimentEvidence() {
        return sentimentEvidence;
    }

    public Integer getTokenCount() {
        return tokenCount;
    }

    public List<HazardTag> getHazards() {
        return List.copyOf(hazards);
    }

    public List<ProductMentionTag> getProductMentions() {
        return List.copyOf(productMentions);
    }

    /** Assembles a contact; the mandatory parts come through {@link #inbound} or {@link #fromAgent}. */
    public static final class Builder {
        private final Channel channel;
        private final Direction direction;
        private final Author author;
        private final String body;
        private final Instant receivedAt;
        private SupportCase supportCase;
        private Customer customer;
        private Product product;
        private boolean internalNote;
        private String senderEmail;
        private String externalId;
        private String reportedHarm;
        private String component;
        private Integer modelYear;
        private String staffLogin;

        private Builder(Channel channel, Direction direction, Author author, String body, Instant receivedAt) {
            this.channel = channel;
            this.direction = direction;
            this.author = author;
            this.body = body;
            this.receivedAt = receivedAt;
        }

        public Builder inCase(SupportCase supportCase) {
            this.supportCase = supportCase;
            return this;
        }

        public Builder from(Customer customer) {
            this.customer = customer;
            return this;
        }

        public Builder about(Product product) {
            this.product = product;
            return this;
        }

        public Builder internal() {
            this.internalNote = true;
            return this;
        }

        public Builder senderEmail(String senderEmail) {
            this.senderEmail = senderEmail;
            return this;
        }

        /** The staff member writing an agent's reply or note. */
        public Builder byStaff(String login) {
            this.staffLogin = login;
            return this;
        }

        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /** The source's harm flags of an imported complaint (see {@link Contact#getReportedHarm()}). */
        public Builder reportedHarm(String reportedHarm) {
            this.reportedHarm = reportedHarm;
            return this;
        }

        /** The part or system an imported complaint was filed under (see {@link Contact#getComponent()}). */
        public Builder component(String component) {
            this.component = component;
            return this;
        }

        /** The product's model year of an imported complaint. */
        public Builder modelYear(Integer modelYear) {
            this.modelYear = modelYear;
            return this;
        }

        public Contact build() {
            return new Contact(this);
        }
    }
}
