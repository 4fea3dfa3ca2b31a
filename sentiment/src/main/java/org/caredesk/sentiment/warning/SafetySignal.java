package org.caredesk.sentiment.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A new or grown early warning about one product.
 *
 * @param topic       what rose: {@link #ANY_HAZARD}, a hazard category's wire name, or
 *                    {@code "term:<term>"} for an emerging term
 * @param kind        which test found it
 * @param isNew       true when this starts an alert; false when a running alert grew
 * @param observed    contacts in the window (for a grown alert: the latest or strongest window)
 * @param expected    what the product's own history (and, for terms, the other products) made likely
 * @param contactIds  the supporting contacts, oldest first
 * @param severe      how many of the supporting contacts are severe (fire, crash, injury, death)
 * @param why         one sentence a supervisor can read
 */
public record SafetySignal(
        String productCode,
        String topic,
        Kind kind,
        boolean isNew,
        LocalDate windowStart,
        LocalDate windowEnd,
        int observed,
        double expected,
        double pValue,
        Instant raisedAt,
        List<String> contactIds,
        int severe,
        String why) {

    /** The topic of the product-level signal over every hazard-bearing contact. */
    public static final String ANY_HAZARD = "any-hazard";
    /** The prefix of an emerging term's topic. */
    public static final String TERM_PREFIX = "term:";

    /** Which test found the signal. */
    public enum Kind {
        /** A burst of one hazard category over one to seven days. */
        BURST,
        /** A rise over one to four weeks against the product's trailing half year. */
        RISE,
        /** A word or phrase newly frequent for this product against its history and the other products. */
        EMERGING_TERM
    }

    public SafetySignal {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        contactIds = List.copyOf(contactIds);
    }
}
