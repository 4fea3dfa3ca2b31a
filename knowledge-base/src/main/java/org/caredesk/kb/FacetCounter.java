package org.caredesk.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching articles per product code and per category from doc values, alongside the
 * top-hits collector (one pass over the matches). Plain doc-values counting rather than
 * lucene-facet's taxonomy or reader state: two flat dimensions with a few dozen values need
 * neither, and there is no per-reader state to build or cache.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Facets> {

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Facets reduce(Collection<Counting> collectors) throws IOException {
        Map<String, Long> products = new HashMap<>();
        Map<String, Long> categories = new HashMap<>();
        for (Counting collector : collectors) {
            collector.addTo(products, categories);
        }
        return new Facets(sorted(products), sorted(categories));
    }

    private static List<FacetCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }

    /** Counts by ordinal per segment; ordinals become values only once, at the end. */
    static final class Counting extends SimpleCollector {

        private record Segment(
                SortedSetDocValues products, int[] productCounts, SortedDocValues categories, int[] categoryCounts) {}

        private final List<Segment> segments = new ArrayList<>();
        private Segment current;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            SortedSetDocValues products = DocValues.getSortedSet(context.reader(), ArticleFields.PRODUCT);
            SortedDocValues categories = DocValues.getSorted(context.reader(), ArticleFields.CATEGORY_FACET);
            current = new Segment(
                    products, new int[(int) products.getValueCount()], categories, new int[categories.getValueCount()]);
            segments.add(current);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (current.products().advanceExact(doc)) {
                for (int i = 0; i < current.products().docValueCount(); i++) {
                    current.productCounts()[(int) current.products().nextOrd()]++;
                }
            }
            if (current.categories().advanceExact(doc)) {
                current.categoryCounts()[current.categories().ordValue()]++;
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            // Counting needs no scores.
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void addTo(Map<String, Long> products, Map<String, Long> categories) throws IOException {
            for (Segment segment : segments) {
                for (int ord = 0; ord < segment.productCounts().length; ord++) {
                    if (segment.productCounts()[ord] > 0) {
                        products.merge(
                                segment.products().lookupOrd(ord).utf8ToString(),
                                (long) segment.productCounts()[ord],
                                Long::sum);
                    }
                }
                for (int ord = 0; ord < segment.categoryCounts().length; ord++) {
                    if (segment.categoryCounts()[ord] > 0) {
                        categories.merge(
                                segment.categories().lookupOrd(ord).utf8ToString(),
                                (long) segment.categoryCounts()[ord],
                                Long::sum);
                    }
                }
            }
        }
    }
}
