package org.caredesk.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.apache.lucene.search.*;
import org.apache.lucene.index.*;

/** Temporary: times the phases of a search. Not committed. */
public class PhaseProbe {
    public static void main(String[] a) throws Exception {
        Class<?> gen = Class.forName("org.caredesk.kb.benchmark.GeneratedArticles");
        var m = gen.getDeclaredMethod("generate", int.class, long.class);
        m.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<ArticleDocument> docs = (List<ArticleDocument>) m.invoke(null, 10_000, 20261123L);
        Path dir = Files.createTempDirectory("probe");
        ArticleIndex index = ArticleIndex.open(dir);
        long t0 = System.nanoTime();
        index.rebuild(docs);
        System.out.println("rebuild ms " + (System.nanoTime() - t0) / 1e6);
        String[][] qs = {
            {"en", "refund"}, {"en", "how long does a refund take"}, {"en", "money back"}, {"en", "refnud"},
            {"en", "where is my parcel"}, {"en", "tracking numbr"}, {"en", "warrenty claim"}, {"en", "product smokes and smells of burning"},
            {"en", "pasword reset link expired"}, {"it", "quanto tempo per il rimborso"}, {"it", "rimborzo"}, {"it", "garanzzia"}, {"it", "dov'è il mio ordine"}};
        var analyzer = LanguageAnalyzers.create();
        var queries = new ArticleQueryBuilder(analyzer);
        var hl = new SnippetHighlighter();
        var sp = new SpellingSuggester(analyzer);
        var syn = QuerySynonyms.compile(SynonymSet.defaults(), analyzer);
        DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir));
        IndexSearcher searcher = new IndexSearcher(reader);
        System.out.println("segments " + reader.leaves().size());
        int rounds = Integer.parseInt(a.length > 0 ? a[0] : "200");
        if (a.length > 1) {
            for (String[] q : new String[][]{{"en","refund"},{"en","how long does a refund take"},{"en","where is my parcel"}}) {
                var langs = ArticleSearch.languages(q[0]);
                Query full = searcher.rewrite(queries.build(q[1], langs, syn, (l, t) -> true).get());
                Query nosyn = searcher.rewrite(queries.build(q[1], langs, QuerySynonyms.NONE, (l, t) -> true).get());
                System.out.println(full);
                long[] tt = new long[4];
                for (int r = 0; r < 400; r++) {
                    long s0 = System.nanoTime();
                    searcher.search(full, new MultiCollectorManager(new TopScoreDocCollectorManager(10, Integer.MAX_VALUE), new FacetCounter()));
                    long s1 = System.nanoTime();
                    searcher.search(full, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
                    long s2 = System.nanoTime();
                    searcher.search(nosyn, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
                    long s3 = System.nanoTime();
                    searcher.search(full, new FacetCounter());
                    long s4 = System.nanoTime();
                    if (r >= 200) { tt[0] += s1 - s0; tt[1] += s2 - s1; tt[2] += s3 - s2; tt[3] += s4 - s3; }
                }
                System.out.printf("%s: full+facets %d  full %d  nosyn %d  facetsonly %d us%n", q[1], tt[0]/200000, tt[1]/200000, tt[2]/200000, tt[3]/200000);
            }
            return;
        }
        for (String[] q : qs) {
            long build = 0, rewrite = 0, collect = 0, top = 0, count = 0, hi = 0, spell = 0, full = 0; long total = 0;
            for (int r = 0; r < rounds; r++) {
                var langs = ArticleSearch.languages(q[0]);
                long s = System.nanoTime();
                Query query = queries.build(q[1], langs, syn, (l, t) -> { try { for (String f : List.of(ArticleFields.title(l), ArticleFields.tags(l), ArticleFields.body(l))) if (reader.docFreq(new Term(f, t)) > 0) return true; return false; } catch (Exception e) { throw new RuntimeException(e);} }).get();
                long s1 = System.nanoTime();
                Query rw = searcher.rewrite(query);
                long s2 = System.nanoTime();
                Object[] c = searcher.search(rw, new MultiCollectorManager(new TopScoreDocCollectorManager(10, Integer.MAX_VALUE), new FacetCounter()));
                long s3 = System.nanoTime();
                TopDocs td = searcher.search(rw, new TopScoreDocCollectorManager(10, 10));
                long s4 = System.nanoTime();
                total = searcher.count(rw);
                long s5 = System.nanoTime();
                int[] ids = Arrays.stream(((TopDocs) c[0]).scoreDocs).mapToInt(h -> h.doc).toArray();
                { String[] bf = new String[ids.length]; String[] bd = new String[ids.length]; var st = searcher.storedFields(); for (int k = 0; k < ids.length; k++) { var d = st.document(ids[k]); bf[k] = ArticleFields.body(Language.fromCode(d.get("lang")).get()); bd[k] = d.get(bf[k]); } hl.highlight(reader, rw, ids, bf, bd); }
                long s6 = System.nanoTime();
                sp.suggest(reader, q[1], langs);
                long s7 = System.nanoTime();
                index.search(new SearchRequest(q[1], q[0], 10, 0));
                long s8 = System.nanoTime();
                if (r >= rounds / 2) { build += s1 - s; rewrite += s2 - s1; collect += s3 - s2; top += s4 - s3; count += s5 - s4; hi += s6 - s5; spell += s7 - s6; full += s8 - s7; }
            }
            int n = rounds - rounds / 2;
            System.out.printf("%-40s total=%5d build=%6.0f rewrite=%6.0f collect+facets=%6.0f top10wand=%6.0f count=%6.0f highlight=%6.0f spell=%6.0f FULL=%6.0f us%n",
                q[1], total, build / 1e3 / n, rewrite / 1e3 / n, collect / 1e3 / n, top / 1e3 / n, count / 1e3 / n, hi / 1e3 / n, spell / 1e3 / n, full / 1e3 / n);
        }
        index.close();
    }
}
