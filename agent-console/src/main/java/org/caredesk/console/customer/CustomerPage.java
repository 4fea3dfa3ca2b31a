package org.caredesk.console.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.calls.PhoneCallLog;
import org.caredesk.domain.cases.AnonymousConsumers;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.contact.Direction;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;
import org.caredesk.domain.customer.profile.CustomerTimeline;

/**
 * Customer 360: look a caller up by phone (any formatting) or e-mail, or open the customer of a
 * case; every opening goes through {@link CustomerProfiles}, which writes it to the audit log.
 * "Log a phone call" adds a tagged phone contact to the timeline.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {
    private final transient CustomerProfiles profiles;
    private final transient AnonymousConsumers anonymousConsumers;
    private final transient CustomerTimeline timeline;
    private final transient PhoneCallLog calls;

    private String phone;
    private String email;
    private Long id;
    private String from;
    private CustomerProfile profile;
    private AnonymousConsumers.Match anonymous;
    private List<CaseSummary> cases;
    private List<CustomerTimeline.Entry> contacts;
    private String callDirection = "inbound";
    private String callNotes;

    protected CustomerPage() {
        this(null, null, null, null);
    }

    @Inject
    public CustomerPage(
            CustomerProfiles profiles,
            CustomerTimeline timeline,
            PhoneCallLog calls,
            AnonymousConsumers anonymousConsumers) {
        this.anonymousConsumers = anonymousConsumers;
        this.profiles = profiles;
        this.timeline = timeline;
        this.calls = calls;
    }

    /** On the first request: opens the customer named in the address (from a case), or looks up a phone number (screen pop). */
    public void onLoad() {
        if (profile != null) {
            return;
        }
        if (id != null) {
            String reason = from == null || from.isBlank() ? "opened in the console" : "opened from case " + from;
            show(profiles.openForStaff(id, PageMessages.user(), reason).orElse(null));
        } else if (!blank(phone) || !blank(email)) {
            lookUp();
        }
    }

    public void lookUp() {
        boolean byEmail = !blank(email);
        if (byEmail == !blank(phone)) {
            PageMessages.warn("customer.oneOf");
            return;
        }
        CustomerProfile found = profiles.screenPop(byEmail ? email : null, byEmail ? null : phone, PageMessages.user())
                .orElse(null);
        // No account: the consumer may still have written in without one (name, e-mail or phone on a case).
        anonymous = found != null
                ? null
                : anonymousConsumers
                        .find(byEmail ? email : null, byEmail ? null : phone)
                        .orElse(null);
        if (anonymous != null) {
            profile = null;
            cases = List.of();
            contacts = List.of();
        } else {
            show(found);
        }
    }

    /** The anonymous consumer behind the number or address looked up, when no customer has it. */
    public AnonymousConsumers.Match getAnonymous() {
        return anonymous;
    }

    public void logCall() {
        if (profile == null) {
            return;
        }
        if (blank(callNotes)) {
            PageMessages.warn("customer.call.empty");
            return;
        }
        try {
            Direction direction = Direction.valueOf(callDirection.toUpperCase(Locale.ROOT));
            calls.log(profile.id(), direction, callNotes, PageMessages.user());
            callNotes = null;
            contacts = timeline.contacts(profile.id());
            PageMessages.info("customer.call.logged");
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    private void show(CustomerProfile found) {
        profile = found;
        if (found == null) {
            cases = List.of();
            contacts = List.of();
            PageMessages.warn("customer.notFound");
        } else {
            cases = timeline.cases(found.id());
            contacts = timeline.contacts(found.id());
        }
    }

    /** One consent decision in force. */
    public record ConsentRow(String purpose, boolean granted) implements Serializable {}

    public List<ConsentRow> getConsents() {
        return profile == null
                ? List.of()
                : profile.consents().entrySet().stream()
                        .map(e -> new ConsentRow(e.getKey(), e.getValue()))
                        .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public CustomerProfile getProfile() {
        return profile;
    }

    public List<CaseSummary> getCases() {
        return cases;
    }

    public List<CustomerTimeline.Entry> getContacts() {
        return contacts;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getCallDirection() {
        return callDirection;
    }

    public void setCallDirection(String callDirection) {
        this.callDirection = callDirection;
    }

    public String getCallNotes() {
        return callNotes;
    }

    public void setCallNotes(String callNotes) {
        this.callNotes = callNotes;
    }
}
