package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class NearTermsTest {

    /** One segment per text, each text one document. */
    private static DirectoryReader index(String... texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config =
                new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String text : texts) {
                Document document = new Document();
                document.add(new TextField("f", text, Field.Store.NO));
                writer.addDocument(document);
                writer.commit();
            }
        }
        return DirectoryReader.open(directory);
    }

    private static List<String> describe(List<NearTerms.Near> near) {
        return near.stream()
                .map(n -> n.term().utf8ToString() + ":" + n.edits() + ":" + n.codePoints() + ":"
                        + n.states().docFreq() + ":" + n.states().totalTermFreq())
                .toList();
    }

    @Test
    void wordsWithinTheEditsThatShareTheStartInTermOrder() throws IOException {
        try (DirectoryReader reader = index("warranty warrant warren", "warranty warranty wardrobe", "barranty")) {
            List<NearTerms.Near> near = NearTerms.find(reader, "f", "warrenty", 2, 1, 100);

            // "barranty" is one edit away but does not start with "w"; "wardrobe" is too far.
            assertEquals(List.of("warrant:2:7:1:1", "warranty:1:8:2:3", "warren:2:6:1:1"), describe(near));
        }
    }

    @Test
    void oneEditOnly() throws IOException {
        try (DirectoryReader reader = index("warranty warrant warren")) {
            assertEquals(List.of("warranty:1:8:1:1"), describe(NearTerms.find(reader, "f", "warrenty", 1, 1, 100)));
        }
    }

    @Test
    void countsLettersNotBytes() throws IOException {
        try (DirectoryReader reader = index("perché perchè perciò")) {
            assertEquals(
                    List.of("perchè:1:6:1:1", "perché:0:6:1:1"),
                    describe(NearTerms.find(reader, "f", "perché", 1, 1, 100)));
        }
    }

    @Test
    void moreWordsUnderTheStartThanTheBudgetMeansNoAnswer() throws IOException {
        try (DirectoryReader reader = index("wa wb wc", "wd we")) {
            assertEquals(5, NearTerms.find(reader, "f", "wx", 1, 1, 5).size());
            assertNull(NearTerms.find(reader, "f", "wx", 1, 1, 4));
        }
    }

    @Test
    void aFieldNoSegmentHasFindsNothing() throws IOException {
        try (DirectoryReader reader = index("warranty")) {
            assertEquals(List.of(), NearTerms.find(reader, "other", "warrenty", 2, 1, 100));
        }
    }
}
