package org.caredesk.domain.customer;

/**
 * Phone numbers as people type them: "+39 02 1234 5678", "0039-02-12345678", "(020) 7946 0123".
 * Matching uses the national part (the last nine digits at most), so a number typed with or
 * without the country prefix still finds the same caller.
 */
public final class PhoneNumbers {
    private static final int MATCHED_DIGITS = 9;

    private PhoneNumbers() {}

    /** The digits of {@code phone} that identify it for look-up, or null when it has none. */
    public static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String all = phone.replaceAll("\\D", "");
        if (all.isEmpty()) {
            return null;
        }
        return all.length() > MATCHED_DIGITS ? all.substring(all.length() - MATCHED_DIGITS) : all;
    }
}
