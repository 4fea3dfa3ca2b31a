package org.caredesk.portal.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.domain.kb.usage.HelpCentreUsage;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.kb.SearchFilter;
import org.caredesk.kb.SearchRequest;
import org.caredesk.kb.SearchResult;
import org.caredesk.portal.platform.LanguageSwitch;

/**
 * The help search page. Everything is in the URL (query, language, facet filters, page, "as
 * typed"), so results can be bookmarked, shared and paged with plain links that work without
 * script. A misspelt query is searched as corrected, with a link to search the text as typed.
 */
@Named
@RequestScoped
public class SearchPage {
    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 1_000;
    private static final int PAGE_LINKS = 7;
    /** The lang parameter for "every language". */
    public static final String ALL_LANGUAGES = "all";

    private final KnowledgeBase knowledgeBase;
    private final HelpCentreUsage usage;
    private final LanguageSwitch languageSwitch;
    private final ProductCatalogue products;
    private String q;
    private String lang;
    private Long otherLanguageTotal;
    private String product;
    private String category;
    private String page;
    private String asTyped;
    private SearchResult result;
    private String correctedTo;
    private Map<String, String> productNames;

    protected SearchPage() {
        this(null, null, null, null);
    }

    @Inject
    public SearchPage(
            KnowledgeBase knowledgeBase,
            LanguageSwitch languageSwitch,
            ProductCatalogue products,
            HelpCentreUsage usage) {
        this.knowledgeBase = knowledgeBase;
        this.usage = usage;
        this.languageSwitch = languageSwitch;
        this.products = products;
    }

    public SearchResult getResult() {
        if (result == null) {
            search();
        }
        return result;
    }

    private void search() {
        String text = q == null ? "" : q;
        String language = ALL_LANGUAGES.equals(getLang()) ? null : getLang();
        SearchRequest request = new SearchRequest(
                text,
                language,
                PAGE_SIZE,
                (getPageNumber() - 1) * PAGE_SIZE,
                SearchFilter.of(blankToNull(product), blankToNull(category)));
        result = knowledgeBase.search(request);
        String suggestion = result.suggestion();
        if (!isAsTyped() && suggestion != null && !suggestion.equalsIgnoreCase(text.strip())) {
            SearchResult corrected = knowledgeBase.search(new SearchRequest(
                    suggestion, request.language(), request.limit(), request.offset(), request.filter()));
            if (corrected.total() > 0) {
                result = corrected;
                correctedTo = suggestion;
            }
        }
        if (getPageNumber() == 1) {
            usage.searched(text, language, result.total()); // once per search, not per page of results
        }
    }

    /** The other of the two languages ("it" when searching English), or null when searching every language. */
    public String getOtherLanguage() {
        return switch (getLang()) {
            case "en" -> "it";
            case "it" -> "en";
            default -> null;
        };
    }

    /**
     * How many articles the same search finds in the other language ("rimborso" typed while searching English):
     * one more search through the same API, for one hit, so the count can be offered as a link.
     */
    public long getOtherLanguageTotal() {
        if (otherLanguageTotal == null) {
            String other = getOtherLanguage();
            String text = correctedTo != null ? correctedTo : q;
            otherLanguageTotal = other == null || text == null || text.isBlank()
                    ? 0L
                    : knowledgeBase
                            .search(new SearchRequest(
                                    text, other, 1, 0, SearchFilter.of(blankToNull(product), blankToNull(category))))
                            .total();
        }
        return otherLanguageTotal;
    }

    /** The same search in the other language. */
    public String otherLanguageLink() {
        String query = correctedTo != null ? correctedTo : q;
        return "search.xhtml?q=" + encode(query == null ? "" : query) + "&lang=" + getOtherLanguage();
    }

    /** The corrected query whose results are shown, or null when the query is shown as typed. */
    public String getCorrectedTo() {
        getResult();
        return correctedTo;
    }

    /** "Did you mean": a correction offered but not applied (the consumer asked for the text as typed). */
    public String getDidYouMean() {
        String suggestion = getResult().suggestion();
        return correctedTo == null && suggestion != null && !suggestion.equalsIgnoreCase(q == null ? "" : q.strip())
                ? suggestion
                : null;
    }

    public int getPageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(page.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPageCount() {
        return (int) Math.min(MAX_PAGE, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** A window of page numbers around the current one. */
    public List<Integer> getPageNumbers() {
        int count = getPageCount();
        int first = Math.max(1, Math.min(getPageNumber() - PAGE_LINKS / 2, count - PAGE_LINKS + 1));
        int last = Math.min(count, first + PAGE_LINKS - 1);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    public int getFirstShown() {
        return getResult().hits().isEmpty() ? 0 : (getPageNumber() - 1) * PAGE_SIZE + 1;
    }

    public int getLastShown() {
        return getFirstShown() == 0 ? 0 : getFirstShown() + getResult().hits().size() - 1;
    }

    /** This search narrowed to (or, with null, no longer narrowed to) a product, from page 1. */
    public String productLink(String value) {
        return link(q, value, getCategory(), 1, false);
    }

    /** This search narrowed to (or, with null, no longer narrowed to) a category, from page 1. */
    public String categoryLink(String value) {
        return link(q, getProduct(), value, 1, false);
    }

    public String pageLink(int number) {
        return link(q, getProduct(), getCategory(), number, isAsTyped());
    }

    /** The query as the consumer typed it, without correction. */
    public String asTypedLink() {
        return link(q, getProduct(), getCategory(), 1, true);
    }

    public String queryLink(String query) {
        return link(query, getProduct(), getCategory(), 1, false);
    }

    private String link(String query, String productValue, String categoryValue, int pageNumber, boolean typed) {
        StringBuilder url = new StringBuilder("search.xhtml?q=")
                .append(encode(query))
                .append("&lang=")
                .append(getLang());
        // EL hands a null String argument over as "": both mean "no filter".
        if (productValue != null && !productValue.isBlank()) {
            url.append("&product=").append(encode(productValue));
        }
        if (categoryValue != null && !categoryValue.isBlank()) {
            url.append("&category=").append(encode(categoryValue));
        }
        if (pageNumber > 1) {
            url.append("&page=").append(pageNumber);
        }
        if (typed) {
            url.append("&asTyped=1");
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public String productName(String code) {
        if (productNames == null) {
            productNames =
                    products.all().stream().collect(Collectors.toMap(Product::getCode, Product::getName, (a, b) -> a));
        }
        return productNames.getOrDefault(code, code);
    }

    public String articleUrl(long id) {
        return ArticleLinks.pageUrl(id);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** "en", "it" or "all"; the interface language unless the consumer chose. */
    public String getLang() {
        if ("en".equals(lang) || "it".equals(lang) || ALL_LANGUAGES.equals(lang)) {
            return lang;
        }
        return languageSwitch.getLanguage();
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getProduct() {
        return blankToNull(product);
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getCategory() {
        return blankToNull(category);
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public boolean isAsTyped() {
        return "1".equals(asTyped);
    }

    /** The {@code asTyped} URL parameter ("1": search the text as typed, without correction). */
    public String getAsTypedParam() {
        return asTyped;
    }

    public void setAsTypedParam(String asTyped) {
        this.asTyped = asTyped;
    }

    public String getLanguage() {
        return languageSwitch.getLanguage();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
