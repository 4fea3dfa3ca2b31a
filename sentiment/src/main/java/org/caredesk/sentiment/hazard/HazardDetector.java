package org.caredesk.sentiment.hazard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caredesk.sentiment.language.TextLanguage;

/**
 * Finds product-safety hazards in a text with the {@link HazardLexicon}, skipping negated
 * mentions. Rules rather than a model: the categories are few, the phrases well known, and an
 * agent must see exactly which words raised a signal. Immutable and thread-safe.
 */
public final class HazardDetector {

    /** Enough phrases for an agent to judge; a long letter may repeat "smoke" twenty times. */
    private static final int MAX_EVIDENCE = 5;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<TextLanguage, Map<HazardCategory, Pattern>> patterns = new EnumMap<>(TextLanguage.class);

    public HazardDetector() {
        for (TextLanguage language : TextLanguage.values()) {
            patterns.put(language, HazardLexicon.patterns(language));
        }
    }

    /** One signal per category found, in category order; empty for languages without a lexicon. */
    public List<HazardSignal> detect(String text, TextLanguage language) {
        List<HazardSignal> signals = new ArrayList<>();
        for (Map.Entry<HazardCategory, Pattern> entry : patterns.get(language).entrySet()) {
            Set<String> evidence = new LinkedHashSet<>();
            Matcher m = entry.getValue().matcher(text);
            while (m.find() && evidence.size() < MAX_EVIDENCE) {
                if (!NegationWindow.isNegated(text, m.start())) {
                    evidence.add(
                            SPACES.matcher(m.group().toLowerCase(Locale.ROOT)).replaceAll(" "));
                }
            }
            if (!evidence.isEmpty()) {
                signals.add(new HazardSignal(entry.getKey(), List.copyOf(evidence)));
            }
        }
        return signals;
    }
}
