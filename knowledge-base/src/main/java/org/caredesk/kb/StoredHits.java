package org.caredesk.kb;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * The stored fields a hit shows (id, language, category, title, plain body), kept in memory per
 * index segment once read. Reading them from the index means decompressing a stored-fields block
 * per hit, which was the largest cost of a search; a help centre's articles fit in memory many
 * times over. A segment's entries are dropped when the segment is closed (merged away or the index
 * closed), and a segment never changes, so an entry is never stale: an edited article is a new
 * document in a new segment. Bounded: past {@value #MAX_DOCUMENTS} documents hits are read from
 * the index as before.
 */
final class StoredHits {

    /**
     * One hit's stored values; {@code body} is the plain text of the article's language, {@code
     * answer} its analysed terms once the second stage has needed them.
     */
    record Stored(long id, Language language, String category, String title, String body, AnswerTerms.Memo answer) {}

    static final int MAX_DOCUMENTS = 50_000;

    private static final Set<String> FIELDS = Stream.concat(
                    Stream.of(ArticleFields.ID, ArticleFields.LANGUAGE, ArticleFields.CATEGORY, ArticleFields.TITLE),
                    Stream.of(Language.values()).map(ArticleFields::body))
            .collect(Collectors.toUnmodifiableSet());

    private final Map<Object, Map<Integer, Stored>> bySegment = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /** The stored values of the top-level {@code doc} of {@code reader}. */
    Stored get(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        LeafReader segment = leaf.reader();
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return read(segment, local);
        }
        Map<Integer, Stored> cached = bySegment.get(helper.getKey());
        if (cached == null) {
            cached = bySegment.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(this::forget);
                return new ConcurrentHashMap<>();
            });
        }
        Stored stored = cached.get(local);
        if (stored == null) {
            stored = read(segment, local);
            if (size.get() < MAX_DOCUMENTS && cached.putIfAbsent(local, stored) == null) {
                size.incrementAndGet();
            }
        }
        return stored;
    }

    private void forget(IndexReader.CacheKey key) {
        Map<Integer, Stored> removed = bySegment.remove(key);
        if (removed != null) {
            size.addAndGet(-removed.size());
        }
    }

    private static Stored read(LeafReader segment, int doc) throws IOException {
        Document document = segment.storedFields().document(doc, FIELDS);
        Language language =
                Language.fromCode(document.get(ArticleFields.LANGUAGE)).orElseThrow();
        String body = document.get(ArticleFields.body(language));
        return new Stored(
                Long.parseLong(document.get(ArticleFields.ID)),
                language,
                document.get(ArticleFields.CATEGORY),
                document.get(ArticleFields.TITLE),
                body == null ? "" : body,
                new AnswerTerms.Memo());
    }
}
