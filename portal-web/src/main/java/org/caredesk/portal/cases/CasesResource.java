package org.caredesk.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.OptionalLong;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.cases.ConsumerMessages;
import org.caredesk.domain.cases.idempotency.IdempotencyKey;
import org.caredesk.domain.cases.idempotency.IdempotentCaseIntake;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.ratelimit.TrackingCodeGuard;
import org.caredesk.domain.user.Requester;
import org.caredesk.domain.user.Requesters;
import org.caredesk.web.ApiError;

/**
 * Cases for consumers: open one (anyone; anonymous callers are rate-limited per address), read
 * it and add messages (the holder of the tracking code, or the signed-in owner). An
 * {@code Idempotency-Key} header makes a retried submission answer the case the first one opened.
 */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CasesResource {
    private static final String NOT_FOUND = "No case with that number and tracking code";

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IdempotentCaseIntake intake;
    private final CaseQueries queries;
    private final ConsumerMessages messages;
    private final Requesters requesters;
    private final TrackingCodeGuard guard;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    protected CasesResource() {
        this(null, null, null, null, null);
    }

    @Inject
    public CasesResource(
            IdempotentCaseIntake intake,
            CaseQueries queries,
            ConsumerMessages messages,
            Requesters requesters,
            TrackingCodeGuard guard) {
        this.guard = guard;
        this.intake = intake;
        this.queries = queries;
        this.messages = messages;
        this.requesters = requesters;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(
            @NotNull(message = "a JSON body is required") @Valid CaseSubmission submission,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        if (idempotencyKey != null && !IdempotencyKey.isValid(idempotencyKey)) {
            return ApiError.of(
                    Response.Status.BAD_REQUEST,
                    "bad_request",
                    "Idempotency-Key must be 1 to 200 printable ASCII characters without spaces");
        }
        Requester requester = requester();
        IdempotencyKey key = idempotencyKey == null ? null : new IdempotencyKey(requester.clientKey(), idempotencyKey);
        if (key != null) {
            var earlier = intake.replay(key);
            if (earlier.isPresent()) {
                return created(earlier.get());
            }
        }
        OptionalLong retryAfter = requesters.admit(requester);
        if (retryAfter.isPresent()) {
            return Response.fromResponse(ApiError.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "too_many_requests",
                            "Too many cases from this address; try again in " + retryAfter.getAsLong() + " s"))
                    .header("Retry-After", retryAfter.getAsLong())
                    .build();
        }
        return created(intake.submit(submission, Channel.WEB, requester.customerId(), key));
    }

    private static Response created(IdempotentCaseIntake.Outcome outcome) {
        CaseReceipt receipt = outcome.receipt();
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .location(java.net.URI.create("/api/v1/cases/" + receipt.caseNumber()))
                .entity(receipt);
        return (outcome.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }

    @GET
    @Path("{caseNumber}")
    public Response read(@PathParam("caseNumber") String caseNumber, @QueryParam("trackingCode") String trackingCode) {
        Optional<CaseView> own = requester().customer().flatMap(id -> queries.forCustomer(caseNumber, id));
        if (own.isPresent()) {
            return Response.ok(own.get()).build();
        }
        if (trackingCode == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        String client = request.getRemoteAddr();
        OptionalLong wait = guard.mayTry(client);
        if (wait.isPresent()) {
            return tooMany("Too many wrong tracking codes from this address", wait.getAsLong());
        }
        Optional<CaseView> found = queries.forTrackingCode(caseNumber, trackingCode);
        if (found.isEmpty()) {
            guard.missed(client);
            throw new NotFoundException(NOT_FOUND);
        }
        return Response.ok(found.get()).build();
    }

    @POST
    @Path("{caseNumber}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMessage(
            @PathParam("caseNumber") String caseNumber,
            @QueryParam("trackingCode") String trackingCode,
            @NotNull(message = "a JSON body is required") @Valid ConsumerMessage message) {
        String code = trackingCode != null ? trackingCode : message.trackingCode();
        Long customerId = requester().customerId();
        String client = request.getRemoteAddr();
        if (customerId == null) {
            // Without a sign-in the code is the key: guessing it and flooding with it are both limited.
            OptionalLong wait = guard.mayTry(client);
            if (wait.isPresent()) {
                return tooMany("Too many wrong tracking codes from this address", wait.getAsLong());
            }
            wait = guard.acquireMessage(client);
            if (wait.isPresent()) {
                return tooMany("Too many messages from this address", wait.getAsLong());
            }
        }
        Optional<CaseView> view = messages.add(caseNumber, code, customerId, message.message());
        if (view.isEmpty()) {
            if (customerId == null) {
                guard.missed(client);
            }
            throw new NotFoundException(NOT_FOUND);
        }
        return Response.status(Response.Status.CREATED).entity(view.get()).build();
    }

    private static Response tooMany(String why, long seconds) {
        return Response.fromResponse(ApiError.of(
                        Response.Status.TOO_MANY_REQUESTS,
                        "too_many_requests",
                        why + "; try again in " + seconds + " s"))
                .header("Retry-After", seconds)
                .build();
    }

    private Requester requester() {
        var principal = security.getUserPrincipal();
        return requesters.identify(
                principal == null ? null : principal.getName(),
                security.isUserInRole("customer"),
                request.getRemoteAddr());
    }
}
