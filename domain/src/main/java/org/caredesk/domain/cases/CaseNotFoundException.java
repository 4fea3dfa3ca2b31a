package org.caredesk.domain.cases;

/** No case has that number: the web boundaries answer 404. */
public class CaseNotFoundException extends IllegalArgumentException {
    public CaseNotFoundException(String caseNumber) {
        super("No case " + caseNumber);
    }
}
