package org.caredesk.domain.cases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a consumer sends to open a case, from the portal form or {@code POST /api/v1/cases}.
 * Validated at the boundary; the limits are the columns'.
 */
public record CaseSubmission(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String message,
        @Size(max = 200) String product,
        @Size(max = 200) String name,
        @Email @Size(max = 254) String email,

        @Size(max = 40)
        @Pattern(regexp = "[0-9+()./ \\-]*", message = "may contain only digits, spaces and + ( ) . / -")
        String phone,

        @Pattern(regexp = "en|it", message = "must be en or it")
        String language) {}
