package org.caredesk.kb;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What one never-seen two-edit typo costs to expand and to correct, read word by word
 * ({@link NearTerms}) against Lucene's automata, as the number of indexed words under the typed
 * first letter grows: the figures behind {@link NearTerms#READ_BUDGET}. Random words of 4-12
 * letters, all starting with "c". Prints figures, asserts nothing.
 * Run: {@code ./mvnw -q -o -pl knowledge-base test-compile exec:exec@typo-cost}
 */
public final class TypoCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TypoCost() {}

    public static void main(String[] args) throws Exception {
        System.out.println(
                "words under the letter | expand: read / automaton | correct: read / automaton (CPU ms per typo)");
        for (int words : new int[] {300, 1_000, 4_000, 16_000}) {
            Random random = new Random(words);
            List<String> vocabulary = new ArrayList<>();
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < words; i++) {
                    String word = "c" + letters(random, 3 + random.nextInt(9));
                    vocabulary.add(word);
                    Document document = new Document();
                    document.add(new TextField("f", word, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                FuzzyExpansion reading = new FuzzyExpansion(Integer.MAX_VALUE);
                DirectSpellChecker lucene = new DirectSpellChecker();
                DirectSpellChecker scanning = new ScanningSpellChecker(Integer.MAX_VALUE);
                double[] cost = new double[4];
                for (int pass = 0; pass < 3; pass++) { // the first passes warm up
                    cost = new double[4];
                    int typos = 400;
                    for (int i = 0; i < typos; i++) {
                        Term typo = new Term("f", typo(random, vocabulary.get(random.nextInt(vocabulary.size()))));
                        FuzzyQuery fuzzy = new FuzzyQuery(typo, 2, 1, 10, true);
                        cost[0] += cpu(() -> reading.rewrite(searcher, fuzzy));
                        cost[1] += cpu(() -> searcher.rewrite(fuzzy));
                        cost[2] += cpu(
                                () -> scanning.suggestSimilar(typo, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
                        cost[3] += cpu(
                                () -> lucene.suggestSimilar(typo, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
                    }
                    for (int c = 0; c < 4; c++) {
                        cost[c] /= typos * 1e6;
                    }
                }
                System.out.printf("%,22d | %.3f / %.3f | %.3f / %.3f%n", words, cost[0], cost[1], cost[2], cost[3]);
            }
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static long cpu(Work work) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        if (work.run() == null) {
            throw new IllegalStateException();
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    private static String letters(Random random, int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** One letter replaced and one inserted after the first, as in the search benchmark. */
    private static String typo(Random random, String word) {
        StringBuilder typo = new StringBuilder(word);
        typo.setCharAt(1 + random.nextInt(word.length() - 1), (char) ('a' + random.nextInt(26)));
        typo.insert(1 + random.nextInt(word.length() - 1), (char) ('a' + random.nextInt(26)));
        return typo.toString();
    }
}
