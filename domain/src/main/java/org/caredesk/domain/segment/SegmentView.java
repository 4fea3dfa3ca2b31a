package org.caredesk.domain.segment;

import java.time.Instant;

/** A saved segment as pages and campaigns see it. */
public record SegmentView(long id, String name, SegmentCriteria criteria, String createdBy, Instant createdAt) {}
