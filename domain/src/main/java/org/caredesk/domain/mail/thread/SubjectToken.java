package org.caredesk.domain.mail.thread;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The case number in a mail subject, {@code [CD-123456]}, written and read. */
public final class SubjectToken {
    private static final Pattern TOKEN = Pattern.compile("\\[(CD-\\d{1,12})]", Pattern.CASE_INSENSITIVE);

    private SubjectToken() {}

    /** The subject with the case's token in front, once (a reply's "Re: [CD-1] x" keeps one token). */
    public static String tag(String caseNumber, String subject) {
        String clean = subject == null ? "" : subject.strip();
        if (clean.toUpperCase(java.util.Locale.ROOT)
                .contains("[" + caseNumber.toUpperCase(java.util.Locale.ROOT) + "]")) {
            return clean;
        }
        return "[" + caseNumber + "] " + clean;
    }

    public static Optional<String> find(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(subject);
        return m.find() ? Optional.of(m.group(1).toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
