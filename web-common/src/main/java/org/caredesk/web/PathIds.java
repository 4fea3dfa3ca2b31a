package org.caredesk.web;

import java.util.Optional;

/** Numeric ids from request paths: anything that is not a number is simply no id (the caller answers 404). */
public final class PathIds {
    private PathIds() {}

    public static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
