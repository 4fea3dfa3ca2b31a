package org.caredesk.domain.alert;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A supervisor's decision on an alert; dismissing one needs a reason. */
public record AlertDecision(
        @NotNull
        @Pattern(regexp = "acknowledged|escalated|dismissed", message = "must be acknowledged, escalated or dismissed")
        String status,

        @Size(max = 2000) String reason) {

    @AssertTrue(message = "a dismissal needs a reason")
    public boolean isReasonGivenForDismissal() {
        return !"dismissed".equals(status) || (reason != null && !reason.isBlank());
    }

    AlertStatus alertStatus() {
        return AlertStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }
}
