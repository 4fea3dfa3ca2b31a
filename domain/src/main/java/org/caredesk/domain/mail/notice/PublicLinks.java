package org.caredesk.domain.mail.notice;

import java.util.function.UnaryOperator;

/**
 * Where links in mails point: {@code CAREDESK_PUBLIC_URL} when set, else this machine's portal
 * ({@code http://localhost:CAREDESK_PORT}). Never a request's Host header, which a sender controls.
 */
public record PublicLinks(String base) {

    public static PublicLinks from(UnaryOperator<String> lookup) {
        String configured = lookup.apply("CAREDESK_PUBLIC_URL");
        if (configured != null && !configured.isBlank()) {
            return new PublicLinks(configured.trim().replaceAll("/+$", ""));
        }
        String port = lookup.apply("CAREDESK_PORT");
        return new PublicLinks("http://localhost:" + (port == null || port.isBlank() ? "8080" : port.trim()));
    }

    public String tracking(String caseNumber, String trackingCode) {
        return base + "/case-status.xhtml?case=" + caseNumber + (trackingCode == null ? "" : "&code=" + trackingCode);
    }

    /** A registered customer rates in their account; an anonymous consumer sees the case with its code. */
    public String rating(String caseNumber, String trackingCode, boolean customer) {
        return customer
                ? base + "/account/case.xhtml?case=" + caseNumber + "#rateForm"
                : tracking(caseNumber, trackingCode);
    }
}
