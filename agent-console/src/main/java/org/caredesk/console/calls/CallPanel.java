package org.caredesk.console.calls;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.caredesk.console.customer.CustomerPage;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.calls.CallView;
import org.caredesk.domain.calls.IncomingCalls;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.contact.Channel;

/**
 * The screen pop of a call the PBX announced ({@code customer.xhtml?call=N}): the customer 360 of the caller
 * found by number, or the "new caller" form with the number filled in and the anonymous cases from it; the
 * agent's note (and the case the call is about) joins the call's contact on the timeline.
 */
@Named
@ViewScoped
public class CallPanel implements Serializable {
    private final transient IncomingCalls calls;
    private final transient CaseIntake intake;
    private final CustomerPage customerPage;
    private Long callId;
    private CallView call;
    private String note;
    private String aboutCase;
    private String name;
    private String email;
    private String subject;
    private String message;

    protected CallPanel() {
        this(null, null, null);
    }

    @Inject
    public CallPanel(IncomingCalls calls, CaseIntake intake, CustomerPage customerPage) {
        this.calls = calls;
        this.intake = intake;
        this.customerPage = customerPage;
    }

    /** Before the customer page loads: points it at the caller (by id when known, else by number). */
    public void onLoad() {
        if (callId == null || call != null) {
            return;
        }
        call = calls.find(callId, me()).orElse(null);
        if (call == null) {
            PageMessages.warn("call.notFound");
            return;
        }
        note = call.note();
        aboutCase = call.caseNumber();
        if (call.customerId() != null) {
            customerPage.setId(call.customerId());
            customerPage.setFrom(null);
        } else {
            customerPage.setPhone(call.from());
        }
    }

    /** The cases the call may be about: the customer's, or the anonymous ones from this number. */
    public List<CaseSummary> getCaseChoices() {
        if (customerPage.getProfile() != null) {
            return customerPage.getCases();
        }
        return customerPage.getAnonymous() == null
                ? List.of()
                : customerPage.getAnonymous().cases();
    }

    public void saveNote() {
        try {
            call = calls.note(callId, note, aboutCase, me());
            PageMessages.info("call.noteSaved");
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    /** Opens a phone case for a caller CareDesk does not know, and files the call with it. */
    public void createCase() {
        if (call == null) {
            return;
        }
        if (subject == null || subject.isBlank() || message == null || message.isBlank()) {
            PageMessages.warn("call.caseMissing");
            return;
        }
        try {
            CaseReceipt receipt = intake.submit(
                    new CaseSubmission(subject, message, null, name, email, call.from(), PageMessages.language()),
                    Channel.PHONE,
                    null);
            calls.attachToCase(callId, receipt.caseNumber(), me());
            call = calls.find(callId, me()).orElse(call);
            aboutCase = receipt.caseNumber();
            subject = null;
            message = null;
            PageMessages.info("call.caseCreated", receipt.caseNumber());
        } catch (IllegalArgumentException e) {
            PageMessages.error("case.invalid", e.getMessage());
        }
    }

    /** "3:12" for a call's duration. */
    public String duration(Integer seconds) {
        return seconds == null ? "" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static StaffMember me() {
        return new StaffMember(PageMessages.user(), PageMessages.supervisor());
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public CallView getCall() {
        return call;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAboutCase() {
        return aboutCase;
    }

    public void setAboutCase(String aboutCase) {
        this.aboutCase = aboutCase;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
