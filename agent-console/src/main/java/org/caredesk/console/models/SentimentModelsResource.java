package org.caredesk.console.models;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
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
import org.caredesk.domain.sentimentmodel.ModelOverview;
import org.caredesk.domain.sentimentmodel.SentimentModelRegistry;
import org.caredesk.domain.sentimentmodel.SentimentModelTraining;
import org.caredesk.web.ApiError;

/**
 * Supervisors retrain and switch the sentiment models (constraint in web.xml):
 * {@code GET /console/api/v1/sentiment-models} (which is on, every version with its figures),
 * {@code POST /console/api/v1/sentiment-models?corpusLimit=} (start training: 202, 409 while one is
 * training), {@code GET .../{version}} (progress and figures),
 * {@code POST .../{version}/activation} (switch on: 409 unless trained and off),
 * {@code POST .../rollback} (back to the model it replaced: 409 when the bundled models are on).
 */
@Path("v1/sentiment-models")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SentimentModelsResource {
    private final SentimentModelRegistry registry;
    private final SentimentModelTraining training;

    @Context
    private SecurityContext security;

    protected SentimentModelsResource() {
        this(null, null);
    }

    @Inject
    public SentimentModelsResource(SentimentModelRegistry registry, SentimentModelTraining training) {
        this.registry = registry;
        this.training = training;
    }

    @GET
    public ModelOverview overview() {
        return registry.overview();
    }

    @POST
    public Response train(@QueryParam("corpusLimit") String corpusLimit) {
        int limit = 0;
        if (corpusLimit != null && !corpusLimit.isBlank()) {
            try {
                limit = Integer.parseInt(corpusLimit.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 0) {
                throw new BadRequestException("corpusLimit must be a whole number, 0 for the whole corpus");
            }
        }
        try {
            return Response.accepted(training.start(supervisor(), limit)).build();
        } catch (IllegalStateException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
    }

    @GET
    @Path("{version}")
    public Response get(@PathParam("version") String version) {
        return Response.ok(registry.find(version(version))
                        .orElseThrow(() -> new NotFoundException("No model version " + version)))
                .build();
    }

    @POST
    @Path("{version}/activation")
    public Response activate(@PathParam("version") String version) {
        try {
            return Response.ok(registry.activate(version(version), supervisor())
                            .orElseThrow(() -> new NotFoundException("No model version " + version)))
                    .build();
        } catch (IllegalStateException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
    }

    @POST
    @Path("rollback")
    public Response rollback() {
        try {
            return Response.ok(registry.rollback(supervisor())).build();
        } catch (IllegalStateException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
    }

    private static int version(String text) {
        try {
            int v = Integer.parseInt(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw new NotFoundException("No model version " + text);
    }

    private String supervisor() {
        return security.getUserPrincipal().getName();
    }
}
