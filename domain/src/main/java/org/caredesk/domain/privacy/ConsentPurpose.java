package org.caredesk.domain.privacy;

/** What a customer may agree to. */
public enum ConsentPurpose {
    CONTACT_BY_EMAIL,
    CONTACT_BY_SMS,
    ANALYTICS,
    /** Campaign messages (surveys, advisories, news); withdrawn at once by any campaign mail's unsubscribe link. */
    MARKETING
}
