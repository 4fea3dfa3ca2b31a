package org.caredesk.domain.contact;

import jakarta.enterprise.context.ApplicationScoped;
import org.caredesk.sentiment.Analysis;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.ProductReference;
import org.caredesk.sentiment.TextPipeline;

import java.util.Collection;
import java.util.List;

/**
 * Tags contacts with the sentiment pipeline: language, sentiment, hazard signals and products
 * mentioned, each with its evidence. The pipeline's models load once per application.
 */
@ApplicationScoped
public class ContactTagger {
    private volatile TextPipeline pipeline;
    private volatile ProductMatcher products = new ProductMatcher(List.of());

    /** Loads the models now rather than on the first contact. */
    public void warmUp(Collection<ProductReference> catalogue) {
        pipeline();
        useCatalogue(catalogue);
    }

    /** Products mentioned from now on are matched against this catalogue. */
    public void useCatalogue(Collection<ProductReference> catalogue) {
        this.products = new ProductMatcher(catalogue);
    }

    public Analysis analyze(String text, String languageHint) {
        return pipeline().analyze(text, languageHint, products);
    }

    public ContactTags tag(String text, String languageHint) {
        return ContactTagging.toTags(analyze(text, languageHint));
    }

    private TextPipeline pipeline() {
        TextPipeline loaded = pipeline;
        if (loaded == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = TextPipeline.loadDefault();
                }
                loaded = pipeline;
            }
        }
        return loaded;
    }
}
