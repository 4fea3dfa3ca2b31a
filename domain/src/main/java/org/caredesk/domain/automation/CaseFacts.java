package org.caredesk.domain.automation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a rule's conditions look at in one case: read once per firing chain and re-read after a rule changed
 * the case. {@code sla} names the SLA behind an SLA trigger (else null); {@code segment} the customer's
 * segment, null while CareDesk has no segments (see {@link CustomerSegments}).
 */
record CaseFacts(
        String channel,
        String product,
        String productCode,
        String language,
        String sentiment,
        boolean hazard,
        Set<String> hazardCategories,
        List<String> tags,
        String segment,
        String latestMessage,
        String sla) {

    /** Whether every condition the rule sets holds (a condition left empty holds always). */
    boolean satisfy(RuleDefinition rule) {
        return matches(rule.ifChannel(), channel)
                && (rule.ifProduct() == null
                        || rule.ifProduct().equalsIgnoreCase(product)
                        || rule.ifProduct().equalsIgnoreCase(productCode))
                && matches(rule.ifLanguage(), language)
                && matches(rule.ifSentiment(), sentiment)
                && hazardMatches(rule.ifHazard())
                && (rule.ifTag() == null || tags.contains(rule.ifTag()))
                && matches(rule.ifSegment(), segment)
                && wordsMatch(rule.ifWords())
                && matches(rule.ifSla(), sla);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }

    private boolean hazardMatches(String wanted) {
        if (wanted == null) {
            return true;
        }
        return "any".equals(wanted) ? hazard : hazardCategories.contains(wanted);
    }

    /** Any of the comma-separated words or phrases, as whole words, in the consumer's latest message. */
    private boolean wordsMatch(String words) {
        if (words == null) {
            return true;
        }
        if (latestMessage == null) {
            return false;
        }
        String text = " " + latestMessage.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String word : words.split(",")) {
            String w = word.toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]+", " ")
                    .strip();
            if (!w.isEmpty() && text.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }
}
