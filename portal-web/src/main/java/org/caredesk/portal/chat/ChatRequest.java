package org.caredesk.portal.chat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/chats}: who is asking (optional) and what about (optional first message). */
public record ChatRequest(
        @Size(max = 200) String name,
        @Size(max = 2000) String message,

        @Pattern(regexp = "en|it", message = "must be en or it")
        String language) {}
