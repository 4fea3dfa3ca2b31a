package org.caredesk.portal.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.caredesk.domain.cases.CaseActions;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.user.CustomerDirectory;

/**
 * {@code /api/v1/me/cases…}: the signed-in customer's own cases, to read, close, reopen and rate.
 * A case of anyone else answers 404, like a missing one.
 */
@Path("v1/me/cases")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MyCasesResource {
    static final String NO_CASE = "No case with that number among yours";
    private final CustomerDirectory directory;
    private final CaseQueries cases;
    private final CaseActions actions;

    @Context
    private SecurityContext security;

    protected MyCasesResource() {
        this(null, null, null);
    }

    @Inject
    public MyCasesResource(CustomerDirectory directory, CaseQueries cases, CaseActions actions) {
        this.directory = directory;
        this.cases = cases;
        this.actions = actions;
    }

    /** A rating of a resolved case. */
    /** {@code score} as a decimal so that 1.5 or a number too large for an int is refused, not rounded or wrapped. */
    public record RatingRequest(
            @NotNull(message = "score is required")
            @Digits(integer = 1, fraction = 0, message = "score must be a whole number from 1 to 5")
            @Min(value = 1, message = "score must be a whole number from 1 to 5")
            @Max(value = 5, message = "score must be a whole number from 1 to 5")
            java.math.BigDecimal score,

            @Size(max = 2000) String comment) {}

    @GET
    public List<CaseSummary> myCases() {
        return cases.ofCustomer(customerId());
    }

    @GET
    @Path("{caseNumber}")
    public CaseView myCase(@PathParam("caseNumber") String caseNumber) {
        return cases.forCustomer(caseNumber, customerId()).orElseThrow(() -> new NotFoundException(NO_CASE));
    }

    @POST
    @Path("{caseNumber}/close")
    public CaseView close(@PathParam("caseNumber") String caseNumber) {
        return afterAction(caseNumber, actions.close(caseNumber, customerId()), "The case is already closed");
    }

    @POST
    @Path("{caseNumber}/reopen")
    public CaseView reopen(@PathParam("caseNumber") String caseNumber) {
        return afterAction(
                caseNumber, actions.reopen(caseNumber, customerId()), "Only a resolved or closed case can be reopened");
    }

    @POST
    @Path("{caseNumber}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView rate(
            @PathParam("caseNumber") String caseNumber,
            @NotNull(message = "a JSON body is required") @Valid RatingRequest rating) {
        return afterAction(
                caseNumber,
                actions.rate(caseNumber, customerId(), rating.score().intValueExact(), rating.comment()),
                "The case can be rated once, after it is resolved");
    }

    private CaseView afterAction(String caseNumber, CaseActions.Outcome outcome, String conflict) {
        return switch (outcome) {
            case NOT_FOUND -> throw new NotFoundException(NO_CASE);
            case NOT_ALLOWED -> throw new ClientErrorException(conflict, Response.Status.CONFLICT);
            case DONE -> myCase(caseNumber);
        };
    }

    private long customerId() {
        return MyCustomer.id(security, directory);
    }
}
