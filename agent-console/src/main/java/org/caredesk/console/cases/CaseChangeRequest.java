package org.caredesk.console.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One change to a case through the API: {@code version} is the case version the client saw (from
 * {@code GET}); the other fields are read by the operation that needs them ({@code into} by merge,
 * {@code related} by link and unlink, {@code contactId} and {@code subject} by split).
 */
public record CaseChangeRequest(
        @NotNull(message = "version is required") @PositiveOrZero
        Long version,

        @Size(max = 20_000) String text,
        String status,
        String priority,
        @Size(max = 20) List<String> tags,
        @Size(max = 254) String assignee,
        @Size(max = 30) String into,
        @Size(max = 30) String related,
        Long contactId,
        @Size(max = 200) String subject) {}
