package org.caredesk.domain.customer;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Locale;
import org.caredesk.domain.platform.Ids;

/** A consumer known to the company: the person behind accounts, products owned and cases. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;

    private String phone;

    /** The phone number reduced to its digits, so a caller is found whatever the formatting. */
    @Column(name = "phone_digits")
    private String phoneDigits;

    private String language;

    private boolean erased;

    /** Where the customer lives (free text, may be unknown): a segment criterion. */
    private String region;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {}

    public Customer(String firstName, String lastName, String email, String phone, String language, Instant createdAt) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        changePhone(phone);
        this.language = language;
        this.createdAt = createdAt;
    }

    public void changePhone(String phone) {
        this.phone = phone;
        this.phoneDigits = PhoneNumbers.digits(phone);
    }

    /** The customer's own changes to their profile; the e-mail is the login and changes elsewhere. */
    public void changeProfile(String firstName, String lastName, String phone, String language) {
        this.firstName = firstName;
        this.lastName = lastName;
        changePhone(phone);
        this.language = language;
    }

    /** Removes everything that identifies the person; the record stays so figures stay right. */
    public void erase() {
        this.firstName = null;
        this.lastName = null;
        this.email = null;
        this.phone = null;
        this.phoneDigits = null;
        this.erased = true;
    }

    public void changeRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region.trim();
    }

    public String getRegion() {
        return region;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        if (erased) {
            return "(erased)";
        }
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    /** The phone number's digits, as imports and screen pops match them. */
    public String getPhoneDigits() {
        return phoneDigits;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isErased() {
        return erased;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
