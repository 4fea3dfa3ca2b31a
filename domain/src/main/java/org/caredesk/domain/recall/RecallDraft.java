package org.caredesk.domain.recall;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a supervisor writes to issue a recall notice: the product, the alert it comes from (if
 * any), the affected serial range (both bounds empty: every unit) and the wording per language.
 */
public record RecallDraft(
        @NotBlank(message = "name the product") String productCode,
        Long alertId,
        @Size(max = 80) String serialFrom,
        @Size(max = 80) String serialTo,

        @NotEmpty(message = "write the notice in at least one language")
        List<@Valid Text> texts) {

    /** The notice in one language. */
    public record Text(
            @NotBlank @Pattern(regexp = "en|it", message = "must be en or it")
            String language,

            @NotBlank(message = "a title is required") @Size(max = 200)
            String title,

            @NotBlank(message = "the notice text is required") @Size(max = 4000)
            String body,

            @NotBlank(message = "the remedy is required") @Size(max = 2000)
            String remedy) {}

    SerialRange range() {
        return new SerialRange(serialFrom, serialTo);
    }
}
