package org.caredesk.sentiment.emerging;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The emerging-term counts of a contact's structured component, as a complaint feed files it: each
 * system it names (several separated by {@code |}) at its top level (the part before the first
 * {@code :}, so NHTSA's "AIR BAGS:FRONTAL:SENSOR/CONTROL MODULE" counts as "air bags"), lower case, with
 * {@link #PREFIX} so that it never meets a word of the text. The top level is what every product of a
 * catalogue shares, which the other-products reference needs; the deeper levels split one defect over
 * several names the way a consumer's words do.
 */
public final class ComponentTerms {

    /** What a component's term starts with. */
    public static final String PREFIX = "component:";

    /** Enough for any real filing; a pasted list would otherwise cost a count per entry. */
    static final int MAX_COMPONENTS = 10;

    private ComponentTerms() {}

    /** The component terms of one filing; empty for a blank one. */
    public static Set<String> of(String component) {
        Set<String> terms = new LinkedHashSet<>();
        if (component == null) {
            return terms;
        }
        for (String part : component.split("\\|")) {
            int colon = part.indexOf(':');
            String system = (colon < 0 ? part : part.substring(0, colon))
                    .strip()
                    .replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            if (!system.isEmpty() && terms.size() < MAX_COMPONENTS) {
                terms.add(PREFIX + system);
            }
        }
        return terms;
    }

    /** The component a term counts, or null when it is a word of the text. */
    public static String component(String term) {
        return term.startsWith(PREFIX) ? term.substring(PREFIX.length()) : null;
    }
}
