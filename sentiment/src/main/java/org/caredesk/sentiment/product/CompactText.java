package org.caredesk.sentiment.product;

/**
 * A text reduced to its lower-case letters and digits, remembering where each came from and
 * where the original words started and ended. Matching on this form makes "KX-200", "kx200"
 * and "KX 200" the same, while word edges keep "kx200" from matching inside "akx2000".
 */
final class CompactText {

    private final String original;
    private final char[] chars;
    private final int[] origin;
    private final boolean[] wordStart;
    private final boolean[] wordEnd;
    private final int length;

    private CompactText(String original) {
        this.original = original;
        int n = original.length();
        chars = new char[n];
        origin = new int[n];
        wordStart = new boolean[n];
        wordEnd = new boolean[n];
        int k = 0;
        boolean previousKept = false;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                chars[k] = Character.toLowerCase(c);
                origin[k] = i;
                wordStart[k] = !previousKept;
                if (k > 0 && !previousKept) {
                    wordEnd[k - 1] = true;
                }
                k++;
                previousKept = true;
            } else {
                previousKept = false;
            }
        }
        if (k > 0) {
            wordEnd[k - 1] = true;
        }
        length = k;
    }

    static CompactText of(String text) {
        return new CompactText(text);
    }

    /** The compact form of a catalogue term, e.g. "kx200" for "KX-200". */
    static String key(String term) {
        StringBuilder key = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    boolean startsWord(int i) {
        return wordStart[i];
    }

    boolean endsWord(int i) {
        return wordEnd[i];
    }

    /** The original text from compact position {@code from} to {@code to}, both inclusive. */
    String originalText(int from, int to) {
        return original.substring(origin[from], origin[to] + 1);
    }
}
