package org.caredesk.domain.segment;

/** One customer in a segment, with what a campaign needs to reach them. */
public record SegmentMember(long customerId, String email, String language, String firstName) {}
