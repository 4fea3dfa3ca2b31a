package org.caredesk.kb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A {@link SynonymSet} analysed the way queries are, ready to expand them: "money back" is looked
 * for as the stems {@code money back}, and where the query contains it, the other terms of its
 * group ({@code refund}, {@code reimburs}) are added. Immutable, so a search keeps the set it
 * started with while a supervisor swaps in a new one.
 */
final class QuerySynonyms {

    static final QuerySynonyms NONE = new QuerySynonyms(SynonymSet.empty(), new EnumMap<>(Language.class));

    /** One way of saying something, as analysed terms; {@code group} is its group's index. */
    record Variant(List<AnalyzedTerm> terms, int group) {
        boolean matchesAt(List<AnalyzedTerm> query, int start) {
            if (start + terms.size() > query.size()) {
                return false;
            }
            for (int i = 0; i < terms.size(); i++) {
                if (!terms.get(i).text().equals(query.get(start + i).text())) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Compiled(List<List<Variant>> groups, Map<String, List<Variant>> byFirstTerm) {}

    private final SynonymSet source;
    private final Map<Language, Compiled> languages;

    private QuerySynonyms(SynonymSet source, Map<Language, Compiled> languages) {
        this.source = source;
        this.languages = languages;
    }

    /** Terms that analyse to nothing (only stop words) are dropped, and so is a group left with one term. */
    static QuerySynonyms compile(SynonymSet set, Analyzer analyzer) {
        Map<Language, Compiled> languages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<List<Variant>> groups = new ArrayList<>();
            Map<String, List<Variant>> byFirstTerm = new HashMap<>();
            for (List<String> group : set.groups(language)) {
                List<Variant> variants = new ArrayList<>();
                Set<List<String>> seen = new LinkedHashSet<>();
                for (String term : group) {
                    List<AnalyzedTerm> terms = TermAnalysis.analyze(
                            analyzer, ArticleFields.body(language), term, ArticleQueryBuilder.MAX_PHRASE_TERMS);
                    if (!terms.isEmpty()
                            && seen.add(terms.stream().map(AnalyzedTerm::text).toList())) {
                        variants.add(new Variant(terms, groups.size()));
                    }
                }
                if (variants.size() > 1) {
                    variants.forEach(v -> byFirstTerm
                            .computeIfAbsent(v.terms().get(0).text(), k -> new ArrayList<>())
                            .add(v));
                    groups.add(List.copyOf(variants));
                }
            }
            languages.put(language, new Compiled(groups, byFirstTerm));
        }
        return new QuerySynonyms(set, languages);
    }

    SynonymSet source() {
        return source;
    }

    /**
     * The other ways of saying what the query says: for every group one of whose variants occurs in
     * {@code query} (as consecutive terms), the group's variants that do not occur.
     */
    List<Variant> expansions(Language language, List<AnalyzedTerm> query) {
        Compiled compiled = languages.get(language);
        if (compiled == null || compiled.groups().isEmpty()) {
            return List.of();
        }
        Set<Integer> matchedGroups = new LinkedHashSet<>();
        Set<Variant> matched = new LinkedHashSet<>();
        for (int i = 0; i < query.size(); i++) {
            for (Variant variant :
                    compiled.byFirstTerm().getOrDefault(query.get(i).text(), List.of())) {
                if (variant.matchesAt(query, i)) {
                    matchedGroups.add(variant.group());
                    matched.add(variant);
                }
            }
        }
        List<Variant> expansions = new ArrayList<>();
        for (int group : matchedGroups) {
            for (Variant variant : compiled.groups().get(group)) {
                if (!matched.contains(variant)) {
                    expansions.add(variant);
                }
            }
        }
        return expansions;
    }
}
