package org.caredesk.domain.contact;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /** The server's threads, for tagging many texts on every core (none in tests without a server). */
    @Resource
    private ManagedExecutorService executor;

    /** A text to tag and the language it is said to be in (null: detect it). */
    public record TextToTag(String text, String languageHint) {}

    /** Loads the models now rather than on the first contact. */
    public void warmUp(Collection<ProductReference> catalogue) {
        pipeline();
        useCatalogue(catalogue);
    }

    /**
     * Starts loading the models on one of the server's threads and returns at once (without a server, as in
     * tests, loads them before returning): about half a second of each application's start that nothing before
     * the first contact needs. A contact tagged meanwhile waits for the load, as it would have waited for the start.
     */
    public void warmUpInBackground(Collection<ProductReference> catalogue) {
        useCatalogue(catalogue);
        if (executor == null) {
            pipeline();
        } else {
            executor.execute(this::pipeline);
        }
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

    /**
     * Tags many texts, in order. Tagging is most of an imported or seeded contact's CPU and each text's tags are
     * its own: the list is cut in one slice per core, all but the last tagged on the server's managed threads, the
     * last on the caller's.
     */
    public List<ContactTags> tagAll(List<TextToTag> texts) {
        int slices = Math.min(Runtime.getRuntime().availableProcessors(), texts.size());
        if (executor == null || slices < 2) {
            return tagEach(texts);
        }
        int size = (texts.size() + slices - 1) / slices;
        List<CompletableFuture<List<ContactTags>>> others = new ArrayList<>();
        int from = 0;
        for (; from + size < texts.size(); from += size) {
            List<TextToTag> slice = texts.subList(from, from + size);
            others.add(CompletableFuture.supplyAsync(() -> tagEach(slice), executor));
        }
        List<ContactTags> last = tagEach(texts.subList(from, texts.size()));
        List<ContactTags> all = new ArrayList<>(texts.size());
        try {
            others.forEach(slice -> all.addAll(slice.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        all.addAll(last);
        return all;
    }

    private List<ContactTags> tagEach(List<TextToTag> texts) {
        return texts.stream().map(t -> tag(t.text(), t.languageHint())).toList();
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
