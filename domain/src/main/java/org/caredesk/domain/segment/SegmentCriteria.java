package org.caredesk.domain.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caredesk.domain.privacy.ConsentPurpose;

/**
 * What a customer must match to be in a segment; a missing criterion matches everyone. The product
 * criteria (products, model, serial range, purchase dates) hold for one and the same owned unit.
 * Serial bounds compare case-insensitively, character by character.
 *
 * @param productIds owns one of these products (empty: any product, when another unit criterion is set)
 * @param model part of one of the product's model numbers
 * @param minComplaints at least this many messages from the customer (with {@code complaintSentiment}
 *     and since {@code complaintsSince} when given)
 * @param minCases at least this many cases
 * @param resolvedSince a case of theirs was resolved on or after this day
 * @param csatMin a rated case of theirs scored at least this (1–5), and at most {@code csatMax}
 * @param consents every one of these consents is in force
 */
public record SegmentCriteria(
        Set<Long> productIds,
        String model,
        String serialFrom,
        String serialTo,
        LocalDate purchasedFrom,
        LocalDate purchasedTo,
        String region,
        String language,
        Integer minComplaints,
        String complaintSentiment,
        LocalDate complaintsSince,
        Integer minCases,
        LocalDate resolvedSince,
        Integer csatMin,
        Integer csatMax,
        Set<ConsentPurpose> consents) {
    public static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");
    static final int MAX_TEXT = 80;

    public SegmentCriteria {
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
        consents = consents == null ? Set.of() : Set.copyOf(consents);
        model = blankToNull(model);
        serialFrom = blankToNull(serialFrom);
        serialTo = blankToNull(serialTo);
        region = blankToNull(region);
        language = blankToNull(language);
        complaintSentiment = blankToNull(complaintSentiment);
    }

    /** Everyone (not erased). */
    public static SegmentCriteria everyone() {
        return new SegmentCriteria(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether a criterion about an owned unit is set. */
    public boolean aboutUnits() {
        return !productIds.isEmpty()
                || model != null
                || serialFrom != null
                || serialTo != null
                || purchasedFrom != null
                || purchasedTo != null;
    }

    /** Message keys of what is wrong, empty when the criteria can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (tooLong(model) || tooLong(serialFrom) || tooLong(serialTo) || tooLong(region)) {
            problems.add("segment.error.tooLong");
        }
        if (model != null && (model.contains("%") || model.contains("_"))) {
            problems.add("segment.error.model");
        }
        if (language != null && !language.matches("[a-z]{2}")) {
            problems.add("segment.error.language");
        }
        if (purchasedFrom != null && purchasedTo != null && purchasedFrom.isAfter(purchasedTo)) {
            problems.add("segment.error.purchaseDates");
        }
        if (serialFrom != null && serialTo != null && upper(serialFrom).compareTo(upper(serialTo)) > 0) {
            problems.add("segment.error.serialRange");
        }
        if (negative(minComplaints) || negative(minCases)) {
            problems.add("segment.error.count");
        }
        if (complaintSentiment != null && !SENTIMENTS.contains(complaintSentiment)) {
            problems.add("segment.error.sentiment");
        }
        if (outOfScale(csatMin) || outOfScale(csatMax) || (csatMin != null && csatMax != null && csatMin > csatMax)) {
            problems.add("segment.error.csat");
        }
        return problems;
    }

    static String upper(String text) {
        return text.toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static boolean negative(Integer count) {
        return count != null && count < 0;
    }

    private static boolean outOfScale(Integer score) {
        return score != null && (score < 1 || score > 5);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
