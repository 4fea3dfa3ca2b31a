package org.caredesk.domain.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.caredesk.domain.cases.search.CaseSearch;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.demo.DemoSeeder;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.domain.kb.synonyms.Synonyms;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.platform.DatabaseCheck;
import org.caredesk.domain.platform.InstanceState;
import org.caredesk.domain.platform.SchemaMigrator;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.domain.sentimentmodel.SentimentModelSwitch;

/**
 * Readies a web application: checks the database settings, migrates the schema, seeds the demo
 * data on the first demo start, loads the text models and opens the help-article index. Each web
 * application runs this as it starts (its start-up listener in {@code web-common}); every step is safe to run
 * twice. Nothing in the domain imports this package: start-up knows every feature, no feature knows start-up.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());
    private static final String CONSOLE = "console";

    @Resource(lookup = "java:app/jdbc/caredesk")
    private DataSource dataSource;

    @Inject
    private CareDeskSettings settings;

    @Inject
    private DemoSeeder demoSeeder;

    @Inject
    private ContactTagger tagger;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private SentimentModelSwitch sentimentModels;

    @Inject
    private KnowledgeBase knowledgeBase;

    @Inject
    private FeedFollower feedFollower;

    @Inject
    private Synonyms synonyms;

    @Inject
    private FeedReader feedReader;

    @Inject
    private CaseSearch caseSearch;

    /** @param contextPath the web application's context path ("" for the root) */
    public void start(String contextPath) {
        InstanceState state = InstanceState.find();
        String application = indexName(contextPath);
        state.starting(application);
        try {
            startSteps(contextPath);
            state.ready(application);
        } catch (RuntimeException e) {
            // Liveness reports it: an application that failed to start does not recover by itself.
            state.failed(application, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** Marks the web application stopped, for liveness and readiness. */
    public void stop(String contextPath) {
        InstanceState.find().stopped(indexName(contextPath));
    }

    private void startSteps(String contextPath) {
        StartupClock steps = new StartupClock();
        String problem = DatabaseCheck.problem(settings);
        if (problem != null) {
            // One clear line rather than a stack trace: this is a setting to fix, not a bug.
            LOG.severe("CareDesk cannot start: " + problem);
            throw new IllegalStateException(problem);
        }
        steps.lap("database check");
        int applied = SchemaMigrator.migrate(dataSource);
        if (applied > 0) {
            LOG.info(() -> "Applied " + applied + " schema migrations");
        }
        steps.lap("schema");
        if (settings.demo()) {
            demoSeeder.seedOnce();
            steps.lap("demo data");
        }
        tagger.warmUpInBackground(catalogue.references());
        steps.lap("text models (started)");
        sentimentModels.follow();
        steps.lap("sentiment model");
        // Changes committed while the index is being built are replayed from the feed afterwards.
        long feedPosition = feedReader.head();
        knowledgeBase.openIndex(indexName(contextPath));
        steps.lap("help index");
        if (CONSOLE.equals(indexName(contextPath))) {
            // Only the console searches cases; it is rebuilt in the background when missing or stale.
            caseSearch.openIndex(indexName(contextPath));
            steps.lap("case index");
        }
        synonyms.follow();
        feedFollower.start(feedPosition);
        steps.lap("feed");
        // What start-up spends, step by step: the figures behind the start-time goal (docs/benchmarks.md).
        LOG.log(Level.INFO, "CareDesk application {0} started in {1}", new Object[] {
            contextPath.isEmpty() ? "/" : contextPath, steps
        });
    }

    /** Milliseconds per start-up step, in order. */
    private static final class StartupClock {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();
        private long total;

        void lap(String step) {
            long now = System.nanoTime();
            long millis = (now - last) / 1_000_000;
            total += millis;
            last = now;
            laps.append(laps.length() == 0 ? "" : ", ")
                    .append(step)
                    .append(' ')
                    .append(millis)
                    .append(" ms");
        }

        @Override
        public String toString() {
            return total + " ms (" + laps + ")";
        }
    }

    /** "portal" for the application at the root, else the context path's name ("console"). */
    private static String indexName(String path) {
        return path.isEmpty() || "/".equals(path) ? "portal" : path.substring(1).replace('/', '-');
    }
}
