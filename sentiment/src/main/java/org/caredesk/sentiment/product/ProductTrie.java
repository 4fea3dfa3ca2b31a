package org.caredesk.sentiment.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every catalogue term in compact form in one character trie, so a text is scanned once whatever
 * the catalogue size. Built once, never changed afterwards: safe to share between threads.
 */
public final class ProductTrie {

    /** One- and zero-character keys would match stray letters everywhere. */
    private static final int MIN_KEY_LENGTH = 2;

    private final Node root = new Node();

    /** Builds the trie; when two products claim the same term, the earlier one keeps it. */
    public ProductTrie(List<CatalogueTerm> terms) {
        for (CatalogueTerm term : terms) {
            add(term.term(), term.code());
        }
    }

    private void add(String term, String code) {
        String key = CompactText.key(term);
        if (key.length() < MIN_KEY_LENGTH) {
            return;
        }
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
        }
        if (node.code == null) {
            node.code = code;
        }
    }

    /** Leftmost-longest matches on word edges, one mention per product code, in text order. */
    public List<ProductMention> find(String text) {
        CompactText compact = CompactText.of(text);
        List<ProductMention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        while (i < compact.length()) {
            int end = compact.startsWord(i) ? longestMatchEnd(compact, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            String code = nodeAt(compact, i, end).code;
            if (seen.add(code)) {
                mentions.add(new ProductMention(code, compact.originalText(i, end)));
            }
            i = end + 1;
        }
        return mentions;
    }

    private int longestMatchEnd(CompactText compact, int start) {
        Node node = root;
        int best = -1;
        for (int j = start; j < compact.length(); j++) {
            node = node.children.get(compact.charAt(j));
            if (node == null) {
                break;
            }
            if (node.code != null && compact.endsWord(j)) {
                best = j;
            }
        }
        return best;
    }

    private Node nodeAt(CompactText compact, int start, int end) {
        Node node = root;
        for (int j = start; j <= end; j++) {
            node = node.children.get(compact.charAt(j));
        }
        return node;
    }

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>(4);
        private String code;
    }
}
