package org.caredesk.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * What the second stage ({@link SecondStage}) knows of each of the first hits: how the first stage
 * scored it and how much of what the query asks the hit's title and body say, each word weighted by
 * how rare it is. BM25 adds up what each query word earns, so a hit that repeats one word can beat
 * one that has every word; these measures see the difference. Content stems only (question words
 * such as "how can I" left out). Body words are looked up in the index's postings, never by
 * re-analysing bodies, so the cost is a few postings reads per query word.
 */
final class MatchFeatures {

    /** Feature names, in the order of each hit's vector. */
    static final List<String> NAMES = List.of(
            "score share", // first-stage score / the best first-stage score
            "title dice", // Dice overlap of query and title content stems
            "query in title", // idf-weighted share of the query's stems in the title
            "query in title or body", // idf-weighted share in title or body
            "query in body", // idf-weighted share in the body
            "title explained", // share of the title's stems that the query has
            "title bm25", // BM25 of the query's content stems on the title alone, over the best hit's
            "body bm25", // the same on the body alone
            "title trigrams", // Dice overlap of the letter trigrams of query and title stems
            "query trigrams in title",
            "title trigrams in query",
            "title 4-grams",
            "query in body opening", // idf-weighted share of the query's stems in the body's first words
            "query forms in body", // as "query in body", a longer or shorter form of a stem also counting (AnswerMatch)
            "query forms in title", // the same on the title
            "body window", // the largest idf-weighted share of the query's stems within a few body words
            "query pairs near"); // share of neighbouring query stems that stay neighbours in the body or share the
    // title

    static final int COUNT = NAMES.size();

    /** The first words of a body, where an answer usually restates what it answers. */
    static final int OPENING = 40;

    private final TitleOverlap stems;

    MatchFeatures(TitleOverlap stems) {
        this.stems = stems;
    }

    /** One feature vector for each of the first {@code n} hits of {@code top}. */
    double[][] of(IndexSearcher searcher, String query, ScoreDoc[] top, int n, TitleOverlap.Hits hits)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        double[][] features = new double[n][COUNT];
        if (n == 0) {
            return features;
        }
        float best = top[0].score;
        Map<Language, Asked> asked = new EnumMap<>(Language.class);
        for (int i = 0; i < n; i++) {
            StoredHits.Stored hit = hits.get(top[i].doc);
            Asked question = asked.computeIfAbsent(
                    hit.language(),
                    language -> new Asked(reader, language, stems.orderedContentStems(language, query)));
            question.docs.add(i);
            Set<String> title = stems.contentStems(hit.language(), hit.title());
            double[] f = features[i];
            f[0] = best > 0 ? top[i].score / best : 0;
            f[1] = TitleOverlap.dice(question.stemSet, title);
            double inTitle = 0;
            int explained = 0;
            for (int q = 0; q < question.stems.size(); q++) {
                if (title.contains(question.stems.get(q))) {
                    inTitle += question.idf[q];
                    explained++;
                }
            }
            f[2] = question.totalIdf > 0 ? inTitle / question.totalIdf : 0;
            f[5] = title.isEmpty() ? 0 : (double) explained / title.size();
            Set<String> titleGrams = grams(title, 3);
            Set<String> askedGrams = question.trigrams;
            f[8] = TitleOverlap.dice(askedGrams, titleGrams);
            f[9] = share(askedGrams, titleGrams);
            f[10] = share(titleGrams, askedGrams);
            f[11] = TitleOverlap.dice(question.fourGrams, grams(title, 4));
            question.titleHas.add(title);
            question.answer.fill(stems.answerTerms(hit), title, f, 13, 14, 15, 16);
        }
        for (Asked question : asked.values()) {
            question.bodyFeatures(reader, top, features);
            question.fieldScores(searcher, ArticleFields.title(question.language), top, features, 6);
            question.fieldScores(searcher, ArticleFields.body(question.language), top, features, 7);
        }
        return features;
    }

    /** The letter trigrams of each stem, its ends marked: "mail" and "email" share "mai", "ail", "il$". */
    static Set<String> trigrams(Set<String> stems) {
        return grams(stems, 3);
    }

    static Set<String> grams(Set<String> stems, int size) {
        Set<String> grams = new HashSet<>();
        for (String stem : stems) {
            String marked = "^" + stem + "$";
            for (int i = 0; i + size <= marked.length(); i++) {
                grams.add(marked.substring(i, i + size));
            }
        }
        return grams;
    }

    /** The share of {@code a} that {@code b} has. */
    static double share(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / a.size();
    }

    /** A query's content stems in one language, with their idf, and the hits of that language. */
    private static final class Asked {
        final Language language;
        final List<String> stems;
        final double[] idf;
        final double totalIdf;
        final List<Integer> docs = new ArrayList<>();
        final List<Set<String>> titleHas = new ArrayList<>();
        final Set<String> stemSet;
        final Set<String> trigrams;
        final Set<String> fourGrams;
        final AnswerMatch answer;

        Asked(IndexReader reader, Language language, List<String> ordered) {
            this.language = language;
            this.stems = List.copyOf(new java.util.LinkedHashSet<>(ordered));
            this.stemSet = Set.copyOf(stems);
            this.trigrams = grams(stemSet, 3);
            this.fourGrams = grams(stemSet, 4);
            this.idf = new double[stems.size()];
            double total = 0;
            int documents = Math.max(1, reader.numDocs());
            try {
                for (int q = 0; q < stems.size(); q++) {
                    int df = Math.max(
                            reader.docFreq(new Term(ArticleFields.body(language), stems.get(q))),
                            reader.docFreq(new Term(ArticleFields.title(language), stems.get(q))));
                    idf[q] = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
                    total += idf[q];
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            this.totalIdf = total;
            this.answer = new AnswerMatch(this.stems, idf, total, ordered);
        }

        /**
         * Feature {@code slot}: each hit's BM25 score for the content stems on {@code field} alone (the
         * field's own similarity), over the best such score among the hits.
         */
        void fieldScores(IndexSearcher searcher, String field, ScoreDoc[] top, double[][] features, int slot)
                throws IOException {
            if (stems.isEmpty()) {
                return;
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            stems.forEach(stem -> builder.add(new TermQuery(new Term(field, stem)), Occur.SHOULD));
            Weight weight = searcher.createWeight(searcher.rewrite(builder.build()), ScoreMode.COMPLETE, 1f);
            Integer[] byDoc = docs.toArray(Integer[]::new);
            Arrays.sort(byDoc, (a, b) -> Integer.compare(top[a].doc, top[b].doc));
            double max = 0;
            double[] score = new double[top.length];
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator iterator = scorer.iterator();
                int end = leaf.docBase + leaf.reader().maxDoc();
                for (int i : byDoc) {
                    int doc = top[i].doc;
                    if (doc < leaf.docBase || doc >= end) {
                        continue;
                    }
                    int local = doc - leaf.docBase;
                    int at = iterator.docID();
                    if (at < local) {
                        at = iterator.advance(local);
                    }
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == local) {
                        score[i] = scorer.score();
                        max = Math.max(max, score[i]);
                    }
                }
            }
            for (int i : docs) {
                features[i][slot] = max > 0 ? score[i] / max : 0;
            }
        }

        /** Fills "query in title or body" and "query in body" from the body field's postings. */
        void bodyFeatures(IndexReader reader, ScoreDoc[] top, double[][] features) throws IOException {
            if (totalIdf <= 0) {
                return;
            }
            int[] order = docs.stream().mapToInt(Integer::intValue).toArray();
            Integer[] byDoc = Arrays.stream(order).boxed().toArray(Integer[]::new);
            Arrays.sort(byDoc, (a, b) -> Integer.compare(top[a].doc, top[b].doc));
            double[] inBody = new double[top.length];
            double[] inEither = new double[top.length];
            double[] inOpening = new double[top.length];
            String field = ArticleFields.body(language);
            for (int q = 0; q < stems.size(); q++) {
                boolean[] early = new boolean[top.length];
                boolean[] has = bodyHas(reader, field, stems.get(q), top, byDoc, early);
                for (int k = 0; k < order.length; k++) {
                    int i = order[k];
                    if (has[i]) {
                        inBody[i] += idf[q];
                    }
                    if (early[i]) {
                        inOpening[i] += idf[q];
                    }
                    if (has[i] || titleHas.get(k).contains(stems.get(q))) {
                        inEither[i] += idf[q];
                    }
                }
            }
            for (int i : order) {
                features[i][3] = inEither[i] / totalIdf;
                features[i][4] = inBody[i] / totalIdf;
                features[i][12] = inOpening[i] / totalIdf;
            }
        }

        private static boolean[] bodyHas(
                IndexReader reader, String field, String stem, ScoreDoc[] top, Integer[] byDoc, boolean[] early)
                throws IOException {
            boolean[] has = new boolean[top.length];
            BytesRef term = new BytesRef(stem);
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (!iterator.seekExact(term)) {
                    continue;
                }
                PostingsEnum postings = iterator.postings(null, PostingsEnum.POSITIONS);
                int end = leaf.docBase + leaf.reader().maxDoc();
                for (int i : byDoc) {
                    int doc = top[i].doc;
                    if (doc < leaf.docBase || doc >= end) {
                        continue;
                    }
                    int local = doc - leaf.docBase;
                    int at = postings.docID();
                    if (at < local) {
                        at = postings.advance(local);
                    }
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    has[i] = at == local;
                    early[i] = has[i] && postings.nextPosition() < OPENING;
                }
            }
            return has;
        }
    }
}
