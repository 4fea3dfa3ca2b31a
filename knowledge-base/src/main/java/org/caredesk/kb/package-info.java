/**
 * Help-article search for CareDesk: plain Java on Apache Lucene, no Jakarta types.
 *
 * <p>The public surface is small: {@link org.caredesk.kb.ArticleIndex} and the records it takes
 * and returns ({@link org.caredesk.kb.ArticleDocument}, {@link org.caredesk.kb.SearchRequest},
 * {@link org.caredesk.kb.SearchResult}, {@link org.caredesk.kb.SearchHit}). Everything else is
 * package-private, one job per class: {@code LanguageAnalyzers} (how text is analysed),
 * {@code ArticleMapper} and {@code ArticleFields} (what is indexed), {@code ArticleQueryBuilder}
 * (what a query means), {@code SnippetHighlighter}, {@code SpellingSuggester},
 * {@code TitleSuggester}, and {@code IndexOpener} (open, or wipe a damaged index).
 */
package org.caredesk.kb;
