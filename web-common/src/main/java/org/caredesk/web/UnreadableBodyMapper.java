package org.caredesk.web;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body the JSON binding could not read: the client's mistake, so 400. (Records go through
 * {@link StrictJsonReader}, which names the field; this catches the binding's own failures.)
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return ApiError.of(
                Response.Status.BAD_REQUEST,
                "invalid_json",
                "The request body is not valid JSON of the expected shape");
    }
}
