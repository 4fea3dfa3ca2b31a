package org.caredesk.kb.realtext;

import java.util.List;
import java.util.Set;
import org.caredesk.kb.ArticleDocument;

/**
 * A public FAQ-retrieval collection loaded as help articles (question as title, answer as body)
 * with its judged user queries.
 *
 * @param name     what the benchmark prints, e.g. "StackFAQ dev"
 * @param language the language every article and query is in
 */
record FaqCollection(String name, String language, List<ArticleDocument> articles, List<Query> queries) {

    /** One user question and the ids of the articles that answer it. */
    record Query(String text, Set<Long> relevant) {}

    FaqCollection {
        articles = List.copyOf(articles);
        queries = List.copyOf(queries);
    }

    /** The same articles with only {@code subset} of the queries. */
    FaqCollection withQueries(String subsetName, List<Query> subset) {
        return new FaqCollection(name + " " + subsetName, language, articles, subset);
    }
}
