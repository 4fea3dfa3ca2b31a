package org.caredesk.domain.cases.macros;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a macro's placeholders: {@code {customerName} {caseNumber} {product} {agent}}, or their Italian
 * names {@code {nomeCliente} {numeroCaso} {prodotto} {operatore}}. An unknown placeholder stays as written,
 * so a typo shows in the preview instead of vanishing; an unknown value becomes empty.
 */
public final class MacroText {
    public static final java.util.List<String> PLACEHOLDERS =
            java.util.List.of("customerName", "caseNumber", "product", "agent");
    private static final Map<String, String> ITALIAN = Map.of(
            "nomeCliente", "customerName", "numeroCaso", "caseNumber", "prodotto", "product", "operatore", "agent");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private MacroText() {}

    /** {@code template} with each known placeholder replaced by its value in {@code values}. */
    public static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = ITALIAN.getOrDefault(m.group(1), m.group(1));
            String value = PLACEHOLDERS.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
