package org.caredesk.portal.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A consumer's follow-up message; the tracking code may come here or as a query parameter. */
public record ConsumerMessage(
        @NotBlank @Size(max = 10000) String message,
        @Size(max = 40) String trackingCode) {}
