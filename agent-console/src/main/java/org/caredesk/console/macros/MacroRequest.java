package org.caredesk.console.macros;

import jakarta.validation.constraints.Size;
import java.util.List;

/** A macro as the API takes it (see {@link org.caredesk.domain.cases.macros.MacroView}). */
public record MacroRequest(
        @Size(max = 200) String title,
        @Size(max = 4000) String body,
        @Size(max = 8) String language,
        @Size(max = 20) String status,
        @Size(max = 20) String priority,
        @Size(max = 20) List<String> tags,
        @Size(max = 254) String assignTo) {}
