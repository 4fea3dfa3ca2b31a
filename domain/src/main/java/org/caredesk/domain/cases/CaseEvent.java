package org.caredesk.domain.cases;

/**
 * What happened to a case that someone outside the case may have to hear of (the consumer, by mail).
 * Fired synchronously inside the changing transaction, so what observers write commits with it.
 */
public sealed interface CaseEvent permits CaseEvent.Opened, CaseEvent.AgentReplied, CaseEvent.Resolved {

    /** A new case; {@code trackingCode} is the clear code, known only at this moment. */
    record Opened(long caseId, String trackingCode, String message) implements CaseEvent {}

    record AgentReplied(long caseId, long contactId) implements CaseEvent {}

    record Resolved(long caseId) implements CaseEvent {}
}
