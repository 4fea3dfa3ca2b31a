package org.caredesk.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error body of docs/api.md: {@code {"error": CODE, "message": TEXT}}. */
public record ApiError(String error, String message) {

    public Response toResponse(int status) {
        // A known status keeps its reason phrase ("429 Too Many Requests", not "429 CUSTOM").
        Response.Status known = Response.Status.fromStatusCode(status);
        Response.ResponseBuilder response = known != null ? Response.status(known) : Response.status(status);
        return response.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(this)
                .build();
    }

    public static Response of(Response.Status status, String code, String message) {
        return new ApiError(code, message).toResponse(status.getStatusCode());
    }
}
