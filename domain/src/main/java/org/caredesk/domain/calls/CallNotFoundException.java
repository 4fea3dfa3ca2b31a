package org.caredesk.domain.calls;

/** No call with that id (or none the asking staff member may see): the boundaries answer 404. */
public class CallNotFoundException extends IllegalArgumentException {
    public CallNotFoundException(long callId) {
        super("No call " + callId);
    }
}
