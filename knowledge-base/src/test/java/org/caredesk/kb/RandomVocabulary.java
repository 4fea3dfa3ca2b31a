package org.caredesk.kb;

import java.io.IOException;
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
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A crowded vocabulary for comparing the typo shortcuts with Lucene itself: words of a five-letter
 * alphabet (so most words have many neighbours one and two edits away, and weights and
 * frequencies tie often), a few with accented letters, spread over three segments.
 */
final class RandomVocabulary {

    static final String FIELD = "f";
    private static final String LETTERS = "abcdeé";

    private RandomVocabulary() {}

    static String word(Random random, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // The accented letter is rare: a word or two in each area of the vocabulary.
            word.append(random.nextInt(20) == 0 ? 'é' : LETTERS.charAt(random.nextInt(LETTERS.length() - 1)));
        }
        return word.toString();
    }

    static DirectoryReader index(Random random, int documents) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config =
                new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int d = 0; d < documents; d++) {
                List<String> words = new ArrayList<>();
                for (int w = 0, n = 1 + random.nextInt(6); w < n; w++) {
                    words.add(word(random, 3, 8));
                }
                Document document = new Document();
                document.add(new TextField(FIELD, String.join(" ", words), Field.Store.NO));
                writer.addDocument(document);
                if (d % (documents / 3) == documents / 3 - 1) {
                    writer.commit(); // a new segment
                }
            }
        }
        return DirectoryReader.open(directory);
    }
}
