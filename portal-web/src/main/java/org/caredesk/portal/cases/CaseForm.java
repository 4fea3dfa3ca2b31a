package org.caredesk.portal.cases;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.idempotency.IdempotencyKey;
import org.caredesk.domain.cases.idempotency.IdempotentCaseIntake;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.user.Requester;
import org.caredesk.domain.user.Requesters;
import org.caredesk.portal.platform.LanguageSwitch;

/**
 * The "contact us" form: opens a case for anyone, and shows the case number and tracking code.
 * Validation is the API's own (the constraints of {@link CaseSubmission}), reported per field.
 * Each rendering of the form carries its own idempotency key, so a second click on Send (or a resent
 * request) answers the case the first one opened instead of opening another.
 */
@Named
@ViewScoped
public class CaseForm implements Serializable {
    private final transient IdempotentCaseIntake intake;
    private final transient Validator validator;
    private final transient Requesters requesters;
    private final LanguageSwitch languageSwitch;
    private final CaseFormArticles articles;

    private String subject;
    private String message;
    private String product;
    private String name;
    private String email;
    private String phone;
    private CaseReceipt receipt;
    /** One key per rendering of the form (this view): the same form sent twice opens one case. */
    private final String submissionKey = UUID.randomUUID().toString();

    protected CaseForm() {
        this(null, null, null, null, null);
    }

    @Inject
    public CaseForm(
            IdempotentCaseIntake intake,
            Validator validator,
            Requesters requesters,
            LanguageSwitch languageSwitch,
            CaseFormArticles articles) {
        this.intake = intake;
        this.validator = validator;
        this.requesters = requesters;
        this.languageSwitch = languageSwitch;
        this.articles = articles;
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (receipt != null) {
            return; // already sent from this form: the receipt is on the page
        }
        CaseSubmission submission = new CaseSubmission(
                subject,
                message,
                blankToNull(product),
                blankToNull(name),
                blankToNull(email),
                blankToNull(phone),
                languageSwitch.getLanguage());
        Set<ConstraintViolation<CaseSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> faces.addMessage(
                            "caseForm:" + v.getPropertyPath(),
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), v.getMessage())));
            faces.validationFailed();
            return;
        }
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        Requester requester =
                requesters.identify(request.getRemoteUser(), request.isUserInRole("customer"), request.getRemoteAddr());
        IdempotencyKey key = new IdempotencyKey("form", submissionKey);
        var earlier = intake.replay(key);
        if (earlier.isPresent()) {
            receipt = earlier.get().receipt();
            return;
        }
        if (requesters.admit(requester).isPresent()) {
            String text = faces.getApplication().getResourceBundle(faces, "msg").getString("case.tooMany");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
            faces.validationFailed();
            return;
        }
        receipt = intake.submit(submission, Channel.WEB, requester.customerId(), key)
                .receipt();
        articles.submitted();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public CaseReceipt getReceipt() {
        return receipt;
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

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
