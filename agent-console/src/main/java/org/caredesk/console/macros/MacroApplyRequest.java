package org.caredesk.console.macros;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Apply a macro to {@code caseNumber} as seen at {@code version}; {@code text} the edited reply (absent: the macro's). */
public record MacroApplyRequest(
        @NotNull(message = "caseNumber is required") @Size(max = 30)
        String caseNumber,

        @NotNull(message = "version is required") @PositiveOrZero
        Long version,

        @Size(max = 20_000) String text) {}
