package org.caredesk.domain.privacy;

/** What a customer may agree to. */
public enum ConsentPurpose {
    CONTACT_BY_EMAIL,
    CONTACT_BY_SMS,
    ANALYTICS
}
