package org.caredesk.domain.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The CONTRACT's error body: {@code {"error": CODE, "message": TEXT}}. */
public record ApiError(String error, String message) {

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(this).build();
    }

    public static Response of(Response.Status status, String code, String message) {
        return new ApiError(code, message).toResponse(status.getStatusCode());
    }
}
