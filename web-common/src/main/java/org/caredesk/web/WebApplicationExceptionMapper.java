package org.caredesk.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Every error JAX-RS itself raises (unknown path, wrong method, unreadable body, wrong media
 * type) as the JSON error of docs/api.md with the same status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getEntity() instanceof ApiError) {
            return original; // already in the form of docs/api.md, e.g. from StrictJsonReader
        }
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String code =
                switch (status) {
                    case 400 -> "bad_request";
                    case 404 -> "not_found";
                    case 405 -> "method_not_allowed";
                    case 406 -> "not_acceptable";
                    case 413 -> "too_large";
                    case 415 -> "unsupported_media_type";
                    default ->
                        type == null
                                ? "error"
                                : type.getReasonPhrase()
                                        .toLowerCase(Locale.ROOT)
                                        .replace(' ', '_');
                };
        String message = status == 400 && exception.getCause() != null
                ? "The request body is not valid JSON of the expected shape"
                : exception.getMessage() != null ? exception.getMessage() : code;
        // Keep headers such as Allow (405) or Retry-After (429); the body and its type are ours.
        Response.ResponseBuilder response = type != null ? Response.status(type) : Response.status(status);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.type("application/json;charset=UTF-8")
                .entity(new ApiError(code, message))
                .build();
    }
}
