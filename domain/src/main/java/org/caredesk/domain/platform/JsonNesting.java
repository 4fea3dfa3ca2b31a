package org.caredesk.domain.platform;

/**
 * How deep a JSON text nests, found without parsing it: the JSON-P parser gives up at 1,000 levels
 * with an unchecked error (a 500), and deep nesting costs memory or stack in everything after it.
 * No CareDesk request needs more than a few levels, so anything past {@link #MAX_DEPTH} is refused
 * up front as a bad request.
 */
public final class JsonNesting {
    public static final int MAX_DEPTH = 32;

    private JsonNesting() {}

    /** True when no object or array in {@code text} lies deeper than {@code maxDepth} levels. */
    public static boolean within(String text, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth) {
                    return false;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return true;
    }
}
