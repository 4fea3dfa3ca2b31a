package org.caredesk.domain.cases;

/** How to reach the consumer behind a case; every part optional for anonymous consumers. */
public record ConsumerDetails(String name, String email, String phone) {
    public static final ConsumerDetails NONE = new ConsumerDetails(null, null, null);
}
