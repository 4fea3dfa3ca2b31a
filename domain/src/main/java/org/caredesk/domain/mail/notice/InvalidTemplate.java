package org.caredesk.domain.mail.notice;

/**
 * A template that cannot be used: {@code problem} is one of {@code language}, {@code subject},
 * {@code body}, {@code placeholder} (then {@code detail} names it), for pages to word in their language.
 */
public class InvalidTemplate extends IllegalArgumentException {
    private final String problem;
    private final String detail;

    public InvalidTemplate(String problem, String detail, String message) {
        super(message);
        this.problem = problem;
        this.detail = detail;
    }

    public String problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
