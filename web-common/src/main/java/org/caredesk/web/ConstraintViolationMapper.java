package org.caredesk.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Bean Validation failures at the API boundary: 400 naming each field and what is wrong with it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String message = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> field(v)))
                .map(v -> field(v) + ": " + v.getMessage())
                .distinct()
                .collect(Collectors.joining("; "));
        return ApiError.of(Response.Status.BAD_REQUEST, "invalid_input", message);
    }

    /**
     * The field's name as the client sent it: the property path without the method and parameter
     * ("create.arg0.email" → "email", a blank tag → "tags[2]").
     */
    static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY -> name = node.getName();
                case CONTAINER_ELEMENT ->
                    name = (name == null ? "body" : name)
                            + (node.getIndex() == null ? "[]" : "[" + node.getIndex() + "]");
                default -> {
                    // method and parameter nodes are not fields the client knows
                }
            }
        }
        return name == null ? "body" : name;
    }
}
