package org.caredesk.kb;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;

/**
 * Remembers answers that depend only on one point-in-time reader's vocabulary: which indexed words
 * a misspelt word expands to, and what it is corrected to. Both cost reading the indexed words
 * under its first letter (or, where there are thousands, an edit-distance automaton: about a
 * millisecond for a two-edit word) and people repeat the same typos, so the second "warrenty" is
 * as cheap as "warranty". The memory belongs to one reader: the first lookup with a newer
 * reader (after any write) starts afresh, so an answer is never older than the index it came from.
 * Bounded: once full it answers without remembering more until the next write.
 */
final class VocabularyMemo<K, V> {

    @FunctionalInterface
    interface Computation<K, V> {
        V compute(K key) throws IOException;
    }

    static final int MAX_ENTRIES = 10_000;

    private record Generation<K, V>(Object reader, ConcurrentHashMap<K, V> values) {}

    private final AtomicReference<Generation<K, V>> current =
            new AtomicReference<>(new Generation<>(new Object(), new ConcurrentHashMap<>()));

    /** The value for {@code key} in {@code reader}, computed once per reader; {@code compute} must not return null. */
    V get(IndexReader reader, K key, Computation<K, V> compute) throws IOException {
        Object readerKey = reader.getReaderCacheHelper() != null
                ? reader.getReaderCacheHelper().getKey()
                : reader;
        Generation<K, V> generation = current.get();
        if (generation.reader() != readerKey) {
            current.compareAndSet(generation, new Generation<>(readerKey, new ConcurrentHashMap<>()));
            generation = current.get();
            if (generation.reader() != readerKey) {
                return compute.compute(key); // a search on an older reader, racing one on a newer: do not remember
            }
        }
        V value = generation.values().get(key);
        if (value == null) {
            value = compute.compute(key);
            if (generation.values().size() < MAX_ENTRIES) {
                generation.values().putIfAbsent(key, value);
            }
        }
        return value;
    }
}
