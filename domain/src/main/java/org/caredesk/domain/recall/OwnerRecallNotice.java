package org.caredesk.domain.recall;

import java.time.Instant;
import java.time.LocalDate;

/** A recall notice as the owner of an affected unit reads it, in their language where written. */
public record OwnerRecallNotice(
        long noticeId,
        String productCode,
        String product,
        String serialNumber,
        String language,
        String title,
        String body,
        String remedy,
        LocalDate issuedOn,
        Instant seenAt) {}
