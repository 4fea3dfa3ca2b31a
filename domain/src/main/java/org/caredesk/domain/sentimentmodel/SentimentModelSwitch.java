package org.caredesk.domain.sentimentmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Keeps this application's tagger on the sentiment model the database says is on: at start-up,
 * and whenever the feed announces {@code sentiment.model.changed} (from whichever application or
 * instance the supervisor used). A version whose files are missing or unreadable is logged and
 * the models in use stay, rather than leaving the application without sentiment.
 */
@ApplicationScoped
public class SentimentModelSwitch {
    private static final Logger LOG = Logger.getLogger(SentimentModelSwitch.class.getName());

    private final SentimentModelRegistry registry;
    private final ContactTagger tagger;
    private final FeedFollower follower;
    private final CareDeskSettings settings;
    private int loaded = SentimentModelRegistry.BUNDLED;
    private boolean following;

    protected SentimentModelSwitch() {
        this(null, null, null, null);
    }

    @Inject
    public SentimentModelSwitch(
            SentimentModelRegistry registry, ContactTagger tagger, FeedFollower follower, CareDeskSettings settings) {
        this.registry = registry;
        this.tagger = tagger;
        this.follower = follower;
        this.settings = settings;
    }

    /** Loads the model that is on and follows the switches from now on. */
    public synchronized void follow() {
        apply(registry.activeVersion());
        if (!following) {
            following = true;
            follower.addListener(this::onEvents);
        }
    }

    /** The version this application is using (0 = bundled). */
    public synchronized int loadedVersion() {
        return loaded;
    }

    private void onEvents(List<FeedRecord> events) {
        if (events.stream().anyMatch(e -> FeedEventTypes.SENTIMENT_MODEL_CHANGED.equals(e.type()))) {
            synchronized (this) {
                apply(registry.activeVersion());
            }
        }
    }

    private void apply(int version) {
        if (version == loaded) {
            return;
        }
        try {
            if (version == SentimentModelRegistry.BUNDLED) {
                tagger.useBundledSentimentModels();
            } else {
                tagger.useSentimentModels(SentimentModelTraining.directory(settings, version));
            }
            loaded = version;
            LOG.info(() ->
                    "Sentiment model " + (version == 0 ? "bundled with the build" : "version " + version) + " in use");
        } catch (UncheckedIOException e) {
            LOG.log(Level.SEVERE, "Cannot load sentiment model " + version + "; keeping model " + loaded, e);
        }
    }
}
