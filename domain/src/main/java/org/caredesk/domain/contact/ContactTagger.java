package org.caredesk.domain.contact;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.caredesk.sentiment.Analysis;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.ProductReference;
import org.caredesk.sentiment.TextPipeline;
import org.caredesk.sentiment.polarity.SentimentModels;

/**
 * Tags contacts with the sentiment pipeline: language, sentiment, hazard signals and products
 * mentioned, each with its evidence. The pipeline's models load once per application.
 */
@ApplicationScoped
public class ContactTagger {
    private volatile TextPipeline pipeline;
    /** The pipeline with the build's models; a switched model shares its other parts. */
    private TextPipeline bundled;

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

    /**
     * From now on, sentiment comes from the models in {@code directory} (a retrained version).
     *
     * @throws java.io.UncheckedIOException when the folder does not hold both models; the models
     *                                      in use stay
     */
    public void useSentimentModels(Path directory) {
        SentimentModels models = SentimentModels.loadFrom(directory);
        synchronized (this) {
            pipeline = bundledPipeline().withSentimentModels(models);
        }
    }

    /** From now on, sentiment comes from the models bundled with the build again. */
    public synchronized void useBundledSentimentModels() {
        pipeline = bundledPipeline();
    }

    public Analysis analyze(String text, String languageHint) {
        return pipeline().analyze(text, languageHint, products);
    }

    public ContactTags tag(String text, String languageHint) {
        return ContactTagging.toTags(analyze(text, languageHint));
    }

    private synchronized TextPipeline bundledPipeline() {
        if (bundled == null) {
            bundled = TextPipeline.loadDefault();
        }
        return bundled;
    }

    private TextPipeline pipeline() {
        TextPipeline loaded = pipeline;
        if (loaded == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = bundledPipeline();
                }
                loaded = pipeline;
            }
        }
        return loaded;
    }
}
