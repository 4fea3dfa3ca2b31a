package org.caredesk.kb.casesearch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the case index knows of one case. {@code consumerText} (subject and the consumer's messages) is
 * what similar cases are compared on; {@code staffText} (replies and internal notes) is searched too.
 * {@code assignee} is a staff login or null; {@code emails} and {@code phones} are every address and
 * number the case knows of its consumer.
 */
public record IndexedCase(
        String number,
        String subject,
        String status,
        String channel,
        String language,
        String product,
        String customerName,
        List<String> emails,
        List<String> phones,
        String assignee,
        List<String> tags,
        String sentiment,
        boolean hazard,
        Instant createdAt,
        Instant updatedAt,
        String consumerText,
        String staffText) {
    public IndexedCase {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        emails = emails == null
                ? List.of()
                : emails.stream().filter(Objects::nonNull).toList();
        phones = phones == null
                ? List.of()
                : phones.stream().filter(Objects::nonNull).toList();
        tags = tags == null ? List.of() : List.copyOf(tags);
        subject = subject == null ? "" : subject;
        consumerText = consumerText == null ? "" : consumerText;
        staffText = staffText == null ? "" : staffText;
        language = "it".equals(language) ? "it" : "en";
    }
}
