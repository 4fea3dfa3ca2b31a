package org.caredesk.sentiment.polarity;

/** Turns model feature names ("bow=not_bad", "ng=:very:bad") back into words an agent reads. */
final class EvidenceText {

    private EvidenceText() {
    }

    static String readable(String feature) {
        String body;
        if (feature.startsWith("bow=")) {
            body = feature.substring(4);
        } else if (feature.startsWith("ng=")) {
            body = feature.substring(3);
        } else {
            body = feature;
        }
        StringBuilder out = new StringBuilder();
        boolean negationShown = false;
        for (String part : body.split(":")) {
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean negated = part.startsWith(PolarityFeatures.NEGATED);
            String word = negated ? part.substring(PolarityFeatures.NEGATED.length()) : part;
            // "never" + "not_works" reads "never works": say "not" only where no negator is shown.
            if (negated && !negationShown) {
                out.append("not ");
            }
            out.append(Markers.READABLE.getOrDefault(word, word));
            negationShown = negated || PolarityFeatures.isNegator(word);
        }
        return out.toString();
    }
}
