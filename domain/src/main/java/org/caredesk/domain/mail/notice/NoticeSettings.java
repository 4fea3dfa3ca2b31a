package org.caredesk.domain.mail.notice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.UnaryOperator;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Links in mails ({@code CAREDESK_PUBLIC_URL}) and the cap on machine-written mails to one address
 * an hour ({@code CAREDESK_MAIL_AUTO_LIMIT}, default 5).
 */
@ApplicationScoped
public class NoticeSettings {
    private final PublicLinks links;
    private final int automaticPerHour;

    public NoticeSettings() {
        this(CareDeskSettings.environment());
    }

    NoticeSettings(UnaryOperator<String> lookup) {
        this.links = PublicLinks.from(lookup);
        String limit = lookup.apply("CAREDESK_MAIL_AUTO_LIMIT");
        int parsed;
        try {
            parsed = limit == null || limit.isBlank() ? 5 : Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("CAREDESK_MAIL_AUTO_LIMIT must be a whole number, got '" + limit + "'");
        }
        this.automaticPerHour = Math.max(0, parsed);
    }

    public PublicLinks links() {
        return links;
    }

    public int automaticPerHour() {
        return automaticPerHour;
    }
}
