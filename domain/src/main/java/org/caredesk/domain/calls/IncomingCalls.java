package org.caredesk.domain.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.PhoneNumbers;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/**
 * Calls a PBX announces. A call ringing at an agent is recorded with the caller found by number and put
 * on the live feed for that agent's consoles only, which pop the caller; when the PBX ends it (duration,
 * outcome) it becomes a phone contact on the caller's timeline, and the agent's note joins that contact
 * (before or after the end). The one entry point for the calls API and the console's call page.
 */
@ApplicationScoped
@Transactional
public class IncomingCalls {
    public static final Set<String> OUTCOMES =
            Set.of("answered", "missed", "voicemail", "abandoned", "busy", "transferred", "failed");
    public static final int MAX_DURATION = 86_400;
    public static final int MAX_NOTE = 20_000;

    private final EntityManager entityManager;
    private final CaseQueries cases;
    private final FeedPublisher feed;
    private final Clock clock;

    protected IncomingCalls() {
        this(null, null, null, null);
    }

    @Inject
    public IncomingCalls(EntityManager entityManager, CaseQueries cases, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.cases = cases;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * A call from {@code from} (any common format) on line {@code to} rings at {@code agent} (a staff login or
     * phone extension). Answers the call's id; IllegalArgumentException for a bad number or an unknown agent.
     */
    public long ring(long tokenId, String from, String to, String agent) {
        String caller = number(from, "from");
        String line = to == null || to.isBlank() ? null : number(to, "to");
        UserAccount staff = staff(agent);
        Customer customer = customerWithNumber(caller).orElse(null);
        PhoneCall call = new PhoneCall(caller, line, staff.getEmail(), customer, tokenId, clock.instant());
        entityManager.persist(call);
        entityManager.flush();
        feed.publish(
                FeedEventTypes.CALL_RINGING,
                new CallRinging(
                        call.getId(),
                        staff.getEmail(),
                        caller,
                        line,
                        customer == null ? null : customer.getId(),
                        customer == null ? null : customer.getDisplayName()));
        return call.getId();
    }

    /**
     * The PBX ends the call: it becomes an inbound phone contact of the caller (and of the case the agent
     * chose, if any), with the agent's note when there is one. IllegalStateException when it ended already.
     */
    public CallView end(long callId, Integer durationSeconds, String outcome) {
        if (durationSeconds == null || durationSeconds < 0 || durationSeconds > MAX_DURATION) {
            throw new IllegalArgumentException("durationSeconds must be a whole number from 0 to " + MAX_DURATION);
        }
        String result = outcome == null ? "" : outcome.trim().toLowerCase(Locale.ROOT);
        if (!OUTCOMES.contains(result)) {
            throw new IllegalArgumentException(
                    "outcome must be one of " + OUTCOMES.stream().sorted().toList());
        }
        PhoneCall call = existing(callId);
        if (call.ended()) {
            throw new IllegalStateException("Call " + callId + " has ended already");
        }
        Instant now = clock.instant();
        Contact contact = Contact.inbound(Channel.PHONE, CallRecord.text(call, durationSeconds, result), now)
                .inCase(call.getSupportCase())
                .from(call.getCustomer())
                .byStaff(call.getAgentLogin())
                .build();
        entityManager.persist(contact);
        call.end(durationSeconds, result, now, contact);
        entityManager.flush();
        feed.publish(FeedEventTypes.CALL_ENDED, new CallEnded(callId, call.getAgentLogin(), durationSeconds, result));
        return CallView.of(call);
    }

    /**
     * The agent notes what the call was about and, optionally, the case it concerns ({@code caseNumber}, or
     * null). Only the call's agent or a supervisor may; the note replaces an earlier one.
     */
    public CallView note(long callId, String note, String caseNumber, StaffMember by) {
        PhoneCall call = mine(callId, by);
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("The note is longer than " + MAX_NOTE + " characters");
        }
        SupportCase about = null;
        if (caseNumber != null && !caseNumber.isBlank()) {
            about = cases.caseWithNumber(caseNumber)
                    .orElseThrow(() -> new IllegalArgumentException("No case " + caseNumber));
        }
        call.annotate(text.isEmpty() ? null : text, about);
        if (call.getContact() != null) {
            call.getContact()
                    .completeCallRecord(
                            CallRecord.text(call, call.getDurationSeconds(), call.getOutcome()), call.getSupportCase());
        }
        return CallView.of(call);
    }

    /** The call, for its agent or a supervisor; empty for anyone else or an unknown id. */
    public Optional<CallView> find(long callId, StaffMember by) {
        return Optional.ofNullable(entityManager.find(PhoneCall.class, callId))
                .filter(c -> by.supervisor() || c.getAgentLogin().equals(by.login()))
                .map(CallView::of);
    }

    /** The call belongs to {@code caseNumber} from now on (the agent opened a case for a new caller). */
    public void attachToCase(long callId, String caseNumber, StaffMember by) {
        PhoneCall call = mine(callId, by);
        note(callId, call.getNote(), caseNumber, by);
    }

    private PhoneCall mine(long callId, StaffMember by) {
        PhoneCall call = existing(callId);
        if (!by.supervisor() && !call.getAgentLogin().equals(by.login())) {
            throw new CallNotFoundException(callId);
        }
        return call;
    }

    private PhoneCall existing(long callId) {
        return Optional.ofNullable(entityManager.find(PhoneCall.class, callId))
                .orElseThrow(() -> new CallNotFoundException(callId));
    }

    private Optional<Customer> customerWithNumber(String number) {
        return entityManager
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.phoneDigits = :digits AND c.erased = false ORDER BY c.id",
                        Customer.class)
                .setParameter("digits", PhoneNumbers.digits(number))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private UserAccount staff(String agent) {
        if (agent == null || agent.isBlank()) {
            throw new IllegalArgumentException("agent is required: a staff login or extension");
        }
        String wanted = agent.trim().toLowerCase(Locale.ROOT);
        return entityManager
                .createQuery(
                        "SELECT u FROM UserAccount u WHERE u.email = :wanted OR u.phoneExtension = :wanted",
                        UserAccount.class)
                .setParameter("wanted", wanted)
                .getResultStream()
                .filter(u -> u.getRole() != Role.CUSTOMER && u.isEnabled())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No agent with login or extension " + agent.trim()));
    }

    private static String number(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required: a phone number");
        }
        String trimmed = value.trim();
        if (trimmed.length() > 40 || !trimmed.matches("[0-9+()./ \\-]+") || PhoneNumbers.digits(trimmed) == null) {
            throw new IllegalArgumentException(field + " must be a phone number (digits, spaces and + ( ) . / -)");
        }
        return trimmed;
    }
}
