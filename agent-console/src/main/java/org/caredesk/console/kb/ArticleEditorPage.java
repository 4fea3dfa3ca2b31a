package org.caredesk.console.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caredesk.domain.kb.ArticleDraft;
import org.caredesk.domain.kb.ArticleEditor;
import org.caredesk.domain.kb.ArticleListing;
import org.caredesk.domain.kb.EditorHtml;
import org.caredesk.domain.kb.SafeHtml;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.product.ProductCatalogue;

/**
 * Writing one help article: rich text, preview, publish or unpublish. The editor's HTML is reduced
 * to the article format ({@link EditorHtml}) before it is saved or previewed, and validated with the
 * API's own constraints ({@link ArticleDraft}). Saving goes through {@link ArticleEditor}, which
 * puts the change on the feed: both applications' search follows within a second.
 */
@Named
@ViewScoped
public class ArticleEditorPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of(
            "title",
            "title",
            "body",
            "body",
            "language",
            "language",
            "category",
            "category",
            "tags",
            "tags",
            "products",
            "products");

    private final transient ArticleListing listing;
    private final transient ArticleEditor editor;
    private final transient ProductCatalogue catalogue;
    private final transient Validator validator;

    private String id;
    private Long articleId;
    private String status;
    private String title;
    private String body;
    private String language = "en";
    private String category;
    private List<String> tags = new ArrayList<>();
    private List<String> products = new ArrayList<>();
    private String preview;
    private boolean loaded;

    protected ArticleEditorPage() {
        this(null, null, null, null);
    }

    @Inject
    public ArticleEditorPage(
            ArticleListing listing, ArticleEditor editor, ProductCatalogue catalogue, Validator validator) {
        this.listing = listing;
        this.editor = editor;
        this.catalogue = catalogue;
        this.validator = validator;
    }

    /** On the first visit with ?id=…, loads that article. */
    public void load() {
        if (loaded || id == null || !id.matches("\\d{1,18}")) {
            return;
        }
        loaded = true;
        listing.find(Long.parseLong(id)).ifPresent(article -> {
            articleId = article.id();
            status = article.status();
            ArticleDraft draft = article.draft();
            title = draft.title();
            // What the editor loads is shown as HTML by the browser: only the safe subset goes in.
            body = SafeHtml.of(draft.body());
            language = draft.language();
            category = draft.category();
            tags = new ArrayList<>(draft.tagList());
            products = new ArrayList<>(draft.productList());
        });
    }

    public void showPreview() {
        preview = SafeHtml.of(EditorHtml.clean(body));
    }

    public void save() {
        ArticleDraft draft = new ArticleDraft(
                title == null ? null : title.strip(), EditorHtml.clean(body), language, category, tags, products);
        Set<ConstraintViolation<ArticleDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> ConsoleMessages.error(
                            clientId(v.getPropertyPath().toString()),
                            ConsoleMessages.text("kb.field."
                                            + field(v.getPropertyPath().toString())) + ": " + v.getMessage()));
            return;
        }
        if (articleId == null) {
            articleId = editor.create(draft);
            status = "PUBLISHED";
        } else if (editor.update(articleId, draft).isEmpty()) {
            ConsoleMessages.error(null, ConsoleMessages.text("kb.gone"));
            return;
        }
        id = String.valueOf(articleId);
        preview = SafeHtml.of(draft.body());
        ConsoleMessages.info("kb.saved");
    }

    public void unpublish() {
        if (articleId != null && editor.unpublish(articleId)) {
            status = "UNPUBLISHED";
            ConsoleMessages.info("kb.unpublished");
        }
    }

    public void publish() {
        if (articleId != null && editor.republish(articleId)) {
            status = "PUBLISHED";
            ConsoleMessages.info("kb.published");
        }
    }

    private static String field(String path) {
        String name = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        return FIELDS.getOrDefault(name, "body");
    }

    private static String clientId(String path) {
        return "editor:" + field(path);
    }

    public List<Product> getCatalogue() {
        return catalogue.all().stream()
                .sorted(Comparator.comparing(Product::getName))
                .toList();
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public List<String> getProducts() {
        return products;
    }

    public void setProducts(List<String> products) {
        this.products = products == null ? new ArrayList<>() : new ArrayList<>(products);
    }

    public String getPreview() {
        return preview;
    }
}
