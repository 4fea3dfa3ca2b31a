package org.caredesk.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.platform.DatabaseOutage;

/**
 * A bug: logged in full with an id, answered as JSON with that id and no stack trace, so the
 * client can report it and learns nothing about the internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        if (DatabaseOutage.isOutage(exception)) {
            // Not a bug: the database is restarting or unreachable. The client may retry shortly.
            LOG.warning(() -> "Answered 503: the database cannot be reached (" + rootMessage(exception) + ")");
            return Response.fromResponse(
                            ApiError.of(Response.Status.SERVICE_UNAVAILABLE, Unavailable.CODE, Unavailable.MESSAGE))
                    .header("Retry-After", Unavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id, exception);
        return ApiError.of(
                Response.Status.INTERNAL_SERVER_ERROR,
                "internal_error",
                "Something went wrong on our side; quote " + id + " if you contact us");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
