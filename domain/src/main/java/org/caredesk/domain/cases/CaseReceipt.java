package org.caredesk.domain.cases;

/** What the consumer gets back for a new case: the tracking code is shown once and never stored. */
public record CaseReceipt(String caseNumber, String trackingCode, String status) {}
