package org.caredesk.portal.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.OptionalLong;
import org.caredesk.domain.ratelimit.AccountMailLimiter;
import org.caredesk.domain.user.Passwords;
import org.caredesk.domain.user.Registration;
import org.caredesk.web.ApiError;

/**
 * {@code POST /api/v1/registrations}: registration for apps. The answer is the same whether or
 * not the address already has an account; the mailed link (to the portal's verify page) opens it.
 */
@Path("v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RegistrationsResource {
    private final Registration registration;
    private final AccountMailLimiter mailLimiter;

    @Context
    private HttpServletRequest request;

    protected RegistrationsResource() {
        this(null, null);
    }

    @Inject
    public RegistrationsResource(Registration registration, AccountMailLimiter mailLimiter) {
        this.registration = registration;
        this.mailLimiter = mailLimiter;
    }

    /** What an app sends to register a customer. */
    public record RegistrationRequest(
            @NotBlank @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 254) String email,

            @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
            String password,

            @Pattern(regexp = "en|it", message = "must be en or it")
            String language) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull(message = "a JSON body is required") @Valid RegistrationRequest body) {
        OptionalLong retryAfter = mailLimiter.acquire(request.getRemoteAddr());
        if (retryAfter.isPresent()) {
            return Response.fromResponse(ApiError.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "too_many_requests",
                            "Too many registrations from this address; try again in " + retryAfter.getAsLong() + " s"))
                    .header("Retry-After", retryAfter.getAsLong())
                    .build();
        }
        boolean accepted = registration.register(
                new Registration.Request(
                        body.firstName(), body.lastName(), body.email(), body.password(), body.language()),
                PortalLinks.page(request.getContextPath(), "/verify.xhtml?token="));
        if (!accepted) {
            return ApiError.of(
                    Response.Status.BAD_REQUEST, "invalid_input", "email: not an address mail can be sent to");
        }
        return Response.accepted(Map.of(
                        "status",
                        "verification_sent",
                        "message",
                        "If the address can be registered, a confirmation link was mailed to it"))
                .build();
    }
}
